import type { Stream } from "@parley/flow/stream";

/** Where the canvas shows a card. */
export interface Point {
  x: number;
  y: number;
}

/** One undo step: the stream and the selection as they were before an edit. */
export interface Snapshot {
  stream: Stream;
  selection: readonly string[];
}

/**
 * Everything the stream designer edits, as one value: the pure reducer (designerReducer) turns it
 * into the next one for each DesignerAction. Saving, layout and the test chat live outside; they
 * read this and dispatch actions.
 */
export interface DesignerState {
  /** The draft being edited. Every card has a `position` once the designer has shown it. */
  stream: Stream;
  /** Selected cards (ids), in the order they were selected. */
  selection: readonly string[];
  /** Snapshot history: `past` before the current stream (last = most recent), `future` for redo. */
  past: readonly Snapshot[];
  future: readonly Snapshot[];
  /**
   * The coalescing key of the last edit (a drag gesture, a typing session in one text field). An edit
   * with the same key does not push another snapshot, so one drag or one text field's typing is one
   * undo step. `endCoalesce` (drag end, field blur) clears it.
   */
  coalesceKey: string | null;
  /** Counts stream changes (undo and redo included): autosave compares it with `savedEdit`. */
  edit: number;
  /** The `edit` that was last saved (or loaded); equal to `edit` when there is nothing to save. */
  savedEdit: number;
  /** The server's `draftRevision` the current stream was loaded from or last saved as. */
  revision: number;
  /** The test chat's current card (highlighted on the canvas) and the path it took, in order. */
  testChat: { current: string | null; path: readonly string[] };
}

/** History keeps this many undo steps; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** The designer's state for a draft just loaded from the server. */
export function initialDesignerState(stream: Stream, revision: number): DesignerState {
  return {
    stream,
    selection: [],
    past: [],
    future: [],
    coalesceKey: null,
    edit: 0,
    savedEdit: 0,
    revision,
    testChat: { current: null, path: [] },
  };
}
