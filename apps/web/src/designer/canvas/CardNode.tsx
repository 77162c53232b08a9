import { cardEdges } from "@parley/flow/cardEdges";
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { CardFunnelFigures } from "./CardFunnelFigures";
import { CARD_LOOKS } from "./cardLook";
import { cardPreview } from "./cardPreview";
import type { CardNode as CardNodeType } from "./flowElements";

/**
 * One card on the canvas: its type's look, the text a visitor sees (or what an invisible card does),
 * a badge for its problems, one target handle and a labelled source handle per connector; in the
 * read-only funnel view, the report's figures for it. Memoised:
 * it re-renders only when its node object changes (see buildNodes).
 */
export const CardNode = memo(function CardNode({ data, selected }: NodeProps<CardNodeType>) {
  const { card, isStart, problems, search, test, funnel } = data;
  const look = CARD_LOOKS[card.type];
  const preview = cardPreview(card);
  const classes = [
    "card-node",
    `card-node--${look.tone}`,
    selected && "is-selected",
    problems.length > 0 && "has-problems",
    search !== "none" && `search-${search}`,
    test !== "none" && `test-${test}`,
  ].filter(Boolean);

  return (
    <article className={classes.join(" ")} aria-label={`${look.label} card ${card.name || card.id}`}>
      <Handle type="target" position={Position.Left} className="card-handle card-handle--in" />
      <header className="card-node-head">
        <span className="card-node-glyph" aria-hidden="true">
          {look.glyph}
        </span>
        <span className="card-node-type">{look.label}</span>
        {card.name && <span className="card-node-name">{card.name}</span>}
        {isStart && <span className="card-node-start">Start</span>}
      </header>
      <div className="card-node-body">
        {!look.visible && <span className="card-node-invisible">Not shown to visitors</span>}
        <p className={preview.text ? "card-node-text" : "card-node-text is-empty"}>
          {preview.text || "(no text)"}
        </p>
        {preview.chips.length > 0 && (
          <ul className="card-node-chips">
            {preview.chips.map((chip, i) => (
              <li key={i}>{chip}</li>
            ))}
          </ul>
        )}
        {preview.detail && <p className="card-node-detail">{preview.detail}</p>}
        {problems.length > 0 && (
          <p className="card-node-problems" role="note">
            <span className="card-node-badge" aria-hidden="true">
              {problems.length}
            </span>
            {problems[0]}
            {problems.length > 1 && ` (and ${problems.length - 1} more)`}
          </p>
        )}
      </div>
      {funnel && <CardFunnelFigures funnel={funnel} />}
      <ul className="card-node-outs">
        {cardEdges(card).map((edge) => (
          <li key={edge.handle} className="card-node-out">
            <span>{edge.label || "(no label)"}</span>
            <Handle
              id={edge.handle}
              type="source"
              position={Position.Right}
              className={edge.target ? "card-handle" : "card-handle is-open"}
              title={`Drag to connect “${edge.label}”`}
            />
          </li>
        ))}
        {card.type === "liveChat" && <li className="card-node-end">Ends here: a person takes over</li>}
      </ul>
    </article>
  );
});
