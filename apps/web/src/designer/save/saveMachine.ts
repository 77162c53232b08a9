/**
 * The designer's autosave as a pure state machine. The reducer's `edit`/`savedEdit` say whether the
 * draft has unsaved edits; this says what the saving side is doing about it. Edits made while a save
 * is in flight keep `edit` ahead of the `savedEdit` that save reports, so they are saved next: nothing
 * typed is ever dropped, whatever the order of answers.
 */

/** Their version, from a 409 draft_conflict: what "Reload theirs" loads and "Keep mine" rebases on. */
export interface TheirDraft {
  draft: unknown;
  revision: number;
  /** Who saved it (null: an API key, a template, nobody known). */
  by: string | null;
}

export type SavePhase =
  /** Nothing in flight: a save starts when the draft has unsaved edits (after the debounce). */
  | { kind: "idle" }
  /** The draft as it was at `edit` is being sent. */
  | { kind: "saving"; edit: number }
  /** The last save of `edit` failed; a new edit or "Retry" tries again. */
  | { kind: "failed"; edit: number; message: string; offline: boolean }
  /** Someone else saved first: nothing saves until the marketer chooses (reload theirs / keep mine). */
  | { kind: "conflict"; theirs: TheirDraft };

export type SaveEvent =
  | { type: "start"; edit: number }
  | { type: "succeeded" }
  | { type: "failed"; message: string; offline: boolean }
  | { type: "conflict"; theirs: TheirDraft }
  /** "Retry", the browser back online, or the conflict resolved either way. */
  | { type: "resume" };

export const IDLE: SavePhase = { kind: "idle" };

export function savePhaseReducer(phase: SavePhase, event: SaveEvent): SavePhase {
  switch (event.type) {
    case "start":
      return { kind: "saving", edit: event.edit };
    case "succeeded":
      return phase.kind === "saving" ? IDLE : phase;
    case "failed":
      return phase.kind === "saving"
        ? { kind: "failed", edit: phase.edit, message: event.message, offline: event.offline }
        : phase;
    case "conflict":
      return { kind: "conflict", theirs: event.theirs };
    case "resume":
      return phase.kind === "saving" ? phase : IDLE;
  }
}

/** The reducer's counters autosave reads. */
export interface DraftCounters {
  edit: number;
  savedEdit: number;
}

export const isDirty = (draft: DraftCounters): boolean => draft.edit !== draft.savedEdit;

/**
 * Whether a save may start now: there are unsaved edits, none is in flight, no conflict waits for the
 * marketer, and after a failure only once something changed (a new edit) — "Retry" resumes first.
 */
export function mayStartSave(phase: SavePhase, draft: DraftCounters): boolean {
  if (!isDirty(draft)) return false;
  switch (phase.kind) {
    case "idle":
      return true;
    case "failed":
      return !phase.offline && draft.edit !== phase.edit;
    case "saving":
    case "conflict":
      return false;
  }
}

export type SaveTone = "saved" | "saving" | "pending" | "error";

/** The words of the saved-state indicator. */
export function saveStatus(phase: SavePhase, draft: DraftCounters): { text: string; tone: SaveTone } {
  switch (phase.kind) {
    case "saving":
      return { text: "Saving…", tone: "saving" };
    case "conflict":
      return { text: "Not saved — someone else saved this dialogue", tone: "error" };
    case "failed":
      return phase.offline
        ? { text: "Offline — your changes are kept here and saved when you are back", tone: "error" }
        : { text: "Not saved — retry", tone: "error" };
    case "idle":
      return isDirty(draft)
        ? { text: "Unsaved changes", tone: "pending" }
        : { text: "All changes saved", tone: "saved" };
  }
}

/** How long autosave waits after the last edit before sending. */
export const AUTOSAVE_DELAY_MS = 800;
