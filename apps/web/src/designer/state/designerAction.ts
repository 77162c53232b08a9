import type { Card, CardType } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import type { StreamTranslations } from "@parley/flow/translations";
import type { Point } from "./designerState";

/**
 * Everything the designer can do to its state. Edits of the stream push one undo snapshot unless
 * `coalesceKey` equals the previous edit's (one drag gesture, one text field's typing session).
 */
export type DesignerAction =
  /** Replace the whole draft (first load, "reload theirs" after a conflict): history is cleared. */
  | { type: "load"; stream: Stream; revision: number }
  /** The draft at `edit` was saved as `revision` (edits made meanwhile stay unsaved). */
  | { type: "saved"; edit: number; revision: number }
  /** "Keep mine" after a conflict: the next save goes on top of their revision. */
  | { type: "rebase"; revision: number }
  /**
   * A new card of `type` with sensible defaults (a valid card; its id made unique in the stream),
   * at `position`; when `from` is given, that connector now leads to the new card. It is selected.
   */
  | { type: "addCard"; cardType: CardType; position: Point; from?: { cardId: string; handle: string } }
  /** Replace a card by its edited version (same id); edges to removed answers/branches are dropped. */
  | { type: "updateCard"; card: Card; coalesceKey?: string }
  /**
   * Remove cards; edges that led to them end their branch; the start moves if it was removed.
   * `coalesceKey` (as on `connect`) makes one Delete key press of edges and cards one undo step.
   */
  | { type: "removeCards"; ids: readonly string[]; coalesceKey?: string }
  /** Move cards on the canvas; a drag sends many with one `coalesceKey`. */
  | { type: "moveCards"; positions: Readonly<Record<string, Point>>; coalesceKey?: string }
  /** Connector `handle` of card `source` (see flow cardEdges) now leads to `target` (null: ends). */
  | { type: "connect"; source: string; handle: string; target: string | null; coalesceKey?: string }
  | { type: "setStart"; cardId: string }
  /**
   * Paste copied cards at `at` (their top-left): new unique ids, edges between pasted cards kept,
   * edges to cards not pasted dropped. The pasted cards become the selection. `translations`
   * (from readCopiedCards) are the copied cards' texts in other languages, keyed by their old ids.
   */
  | { type: "paste"; cards: readonly Card[]; at: Point; translations?: StreamTranslations }
  /** Positions from auto-arrange: one undo step. */
  | { type: "applyLayout"; positions: Readonly<Record<string, Point>> }
  /** The stream's texts in other languages (product §11). */
  | { type: "setTranslations"; translations: StreamTranslations; coalesceKey?: string }
  | { type: "select"; ids: readonly string[] }
  | { type: "undo" }
  | { type: "redo" }
  /** The gesture or typing session ended: the next edit is a new undo step. */
  | { type: "endCoalesce" }
  /** What the test chat shows: its current card and the path taken. Not an edit. */
  | { type: "testChat"; current: string | null; path: readonly string[] };
