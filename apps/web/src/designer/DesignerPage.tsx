// OWNED BY h-canvas: the stream designer page (canvas, side panel, test chat, problems, autosave).
export function DesignerPage() {
  return <p>Designer (being built)</p>;
}
