import type { Stream } from "@parley/flow/stream";
import type { DesignerState } from "./designerState";
import { HISTORY_LIMIT } from "./designerState";

/**
 * `state` after an edit that produced `stream` and `selection`: the state before it becomes an undo
 * snapshot — unless `coalesceKey` continues the previous edit's gesture (one drag, one text field's
 * typing), which then stays one undo step. Redo is gone after any edit, as everywhere.
 */
export function commitEdit(
  state: DesignerState,
  stream: Stream,
  selection: readonly string[] = state.selection,
  coalesceKey: string | null = null,
): DesignerState {
  const continues = coalesceKey !== null && coalesceKey === state.coalesceKey && state.past.length > 0;
  const past = continues
    ? state.past
    : [...state.past, { stream: state.stream, selection: state.selection }].slice(-HISTORY_LIMIT);
  return { ...state, stream, selection, past, future: [], coalesceKey, edit: state.edit + 1 };
}

/** Undo (`from` = past, `to` = future) or redo (the other way round); unchanged when there is none. */
export function travel(state: DesignerState, direction: "undo" | "redo"): DesignerState {
  const from = direction === "undo" ? state.past : state.future;
  const snapshot = from[from.length - 1];
  if (!snapshot) return state;
  const rest = from.slice(0, -1);
  const current = { stream: state.stream, selection: state.selection };
  const ids = new Set(snapshot.stream.cards.map((c) => c.id));
  const moved = {
    ...state,
    stream: snapshot.stream,
    selection: snapshot.selection.filter((id) => ids.has(id)),
    coalesceKey: null,
    edit: state.edit + 1,
  };
  return direction === "undo"
    ? { ...moved, past: rest, future: [...state.future, current] }
    : { ...moved, future: rest, past: [...state.past, current] };
}
