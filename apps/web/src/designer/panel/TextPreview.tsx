import { renderText } from "@parley/flow/text/renderText";

/**
 * The text as a visitor meets it when nothing is known about them: tokens give their fallbacks,
 * light formatting applies. Only React text nodes: nothing typed can become markup.
 */
export function TextPreview({ template }: { template: string }) {
  if (template.trim() === "") return null;
  const segments = renderText(template, {});
  return (
    <div className="panel-preview">
      <span className="panel-preview-label">Visitor sees</span>
      <p className="panel-preview-bubble">
        {segments.map((segment, i) => {
          if (segment.text === "\n") return <br key={i} />;
          let node = <>{segment.text}</>;
          if (segment.bold) node = <strong>{node}</strong>;
          if (segment.italic) node = <em>{node}</em>;
          // A link is shown, not followed, inside the designer.
          if (segment.href)
            node = (
              <span className="panel-preview-link" title={segment.href}>
                {node}
              </span>
            );
          return <span key={i}>{node}</span>;
        })}
      </p>
    </div>
  );
}
