import type { SimulatedEvent, VisitedCard } from "@parley/flow/runner/simulatedHost";
import type { Stream } from "@parley/flow/stream";
import { cardLabel } from "./cardLabel";
import { describeEvent } from "./describeEvent";

interface TestPathPanelProps {
  stream: Stream;
  path: readonly VisitedCard[];
  log: readonly SimulatedEvent[];
  onJumpToCard(cardId: string): void;
}

/** The cards the test went through (a click shows the card on the canvas) and what would have happened. */
export function TestPathPanel({ stream, path, log, onJumpToCard }: TestPathPanelProps) {
  return (
    <div className="tc-path-panel">
      <h3>Path taken</h3>
      {path.length === 0 ? (
        <p className="tc-muted">No card entered yet.</p>
      ) : (
        <ol className="tc-path">
          {path.map((step, index) => (
            <li key={`${index}-${step.cardId}`}>
              {step.flowId === null ? (
                <button type="button" className="tc-link" onClick={() => onJumpToCard(step.cardId)}>
                  {cardLabel(stream, step.cardId)}
                </button>
              ) : (
                <span title="A card of the flow this card runs">
                  {step.cardId} <span className="tc-muted">(flow)</span>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>What would have happened</h3>
      {log.length === 0 ? (
        <p className="tc-muted">Nothing yet: fields saved, goals, scores and consents show here.</p>
      ) : (
        <ul className="tc-effects">
          {log.map((event, index) => (
            <li key={`${index}-${event.cardId}`}>
              <span>{describeEvent(event)}</span>{" "}
              <span className="tc-muted">
                — {event.flowId === null ? cardLabel(stream, event.cardId) : event.cardId}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="tc-muted">A test saves, sends and books nothing.</p>
    </div>
  );
}
