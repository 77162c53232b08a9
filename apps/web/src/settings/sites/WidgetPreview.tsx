import type { Branding } from "@parley/protocol/sites";

const HEX = /^#[0-9a-fA-F]{6}$/;
const colour = (value: string, fallback: string) => (HEX.test(value) ? value : fallback);

/** Readable text on a background: dark on light colours, white on dark ones. */
function textOn(background: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(background.slice(i, i + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.55 ? "#1b1f24" : "#ffffff";
}

/** A sketch of the chat window with the colours, names and position being edited (not the real widget). */
export function WidgetPreview({
  branding,
}: {
  branding: Pick<
    Branding,
    | "launcherColor"
    | "headerColor"
    | "botBubbleColor"
    | "visitorBubbleColor"
    | "buttonColor"
    | "botName"
    | "headerText"
    | "position"
    | "font"
  >;
}) {
  const header = colour(branding.headerColor, "#1f6feb");
  const bot = colour(branding.botBubbleColor, "#f1f3f5");
  const visitor = colour(branding.visitorBubbleColor, "#1f6feb");
  const button = colour(branding.buttonColor, "#1f6feb");
  const launcher = colour(branding.launcherColor, "#1f6feb");
  const left = branding.position === "bottom-left";
  return (
    <figure className="widget-preview" aria-label="Preview of the widget">
      <div
        className="widget-preview-window"
        style={{
          fontFamily: branding.font === "inherit" ? undefined : branding.font,
          marginLeft: left ? 0 : "auto",
        }}
      >
        <div className="widget-preview-header" style={{ background: header, color: textOn(header) }}>
          <strong>{branding.botName || "Parley"}</strong>
          <span>{branding.headerText}</span>
        </div>
        <div className="widget-preview-log">
          <p className="widget-preview-bot" style={{ background: bot, color: textOn(bot) }}>
            What brings you here today?
          </p>
          <span className="widget-preview-button" style={{ borderColor: button, color: button }}>
            I'm evaluating tools
          </span>
          <p className="widget-preview-visitor" style={{ background: visitor, color: textOn(visitor) }}>
            I'm evaluating tools
          </p>
        </div>
      </div>
      <div
        className="widget-preview-launcher"
        style={{ background: launcher, marginLeft: left ? 0 : "auto" }}
        aria-hidden="true"
      />
      <figcaption className="field-hint">Preview</figcaption>
    </figure>
  );
}
