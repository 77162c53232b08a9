import type { DraftCounters, SavePhase } from "./saveMachine";
import { saveStatus } from "./saveMachine";

interface SaveIndicatorProps {
  phase: SavePhase;
  draft: DraftCounters;
  onRetry(): void;
}

/** "Saving…", "All changes saved", "Not saved — retry", offline: announced politely to screen readers. */
export function SaveIndicator({ phase, draft, onRetry }: SaveIndicatorProps) {
  const status = saveStatus(phase, draft);
  return (
    <span className={`save-indicator save-indicator--${status.tone}`} role="status" aria-live="polite">
      {phase.kind === "failed" && !phase.offline ? (
        <button type="button" className="link-button" onClick={onRetry} title={phase.message}>
          {status.text}
        </button>
      ) : (
        status.text
      )}
    </span>
  );
}
