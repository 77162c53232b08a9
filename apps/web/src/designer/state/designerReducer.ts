import type { Stream } from "@parley/flow/stream";
import { cardEdges } from "@parley/flow/cardEdges";
import { connectCard } from "@parley/flow/connectCard";
import type { DesignerAction } from "./designerAction";
import type { DesignerState, Point } from "./designerState";
import { addCard, removeCards, updateCard } from "./editCards";
import { commitEdit, travel } from "./history";
import { pasteCards } from "./pasteCards";
import { withCards } from "./streamEdits";

/** The stream's cards at `positions` (others unchanged); the same stream when nothing moves. */
function movedStream(stream: Stream, positions: Readonly<Record<string, Point>>): Stream {
  let moved = false;
  const cards = stream.cards.map((card) => {
    const to = positions[card.id];
    if (!to || (card.position && card.position.x === to.x && card.position.y === to.y)) return card;
    moved = true;
    return { ...card, position: { x: to.x, y: to.y } };
  });
  return moved ? withCards(stream, cards) : stream;
}

/** The ids of `ids` that are cards of `stream`, each once, in order. */
function validSelection(stream: Stream, ids: readonly string[]): string[] {
  const cards = new Set(stream.cards.map((c) => c.id));
  return [...new Set(ids)].filter((id) => cards.has(id));
}

/**
 * The stream designer's editing logic: (state, action) → next state; never mutates, no I/O, no
 * randomness. An action that would change nothing returns `state` itself (no empty undo step).
 * The rules (history, coalescing, ids, paste) are in docs/designer-editing.md.
 */
export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case "load": {
      // `edit` keeps counting so that a late "saved" of the old draft cannot look current.
      const edit = state.edit + 1;
      const selection = validSelection(action.stream, state.selection);
      return {
        ...state,
        stream: action.stream,
        selection,
        past: [],
        future: [],
        coalesceKey: null,
        edit,
        savedEdit: edit,
        revision: action.revision,
      };
    }
    case "saved":
      // A save answered after a newer one (or after a load) changes nothing.
      if (action.edit < state.savedEdit || action.edit > state.edit) return state;
      return { ...state, savedEdit: action.edit, revision: action.revision };
    case "rebase":
      return { ...state, revision: action.revision };
    case "addCard":
      return addCard(state, action.cardType, action.position, action.from);
    case "updateCard":
      return updateCard(state, action.card, action.coalesceKey);
    case "removeCards":
      return removeCards(state, action.ids, action.coalesceKey);
    case "moveCards": {
      const stream = movedStream(state.stream, action.positions);
      return stream === state.stream
        ? state
        : commitEdit(state, stream, state.selection, action.coalesceKey ?? null);
    }
    case "applyLayout": {
      const stream = movedStream(state.stream, action.positions);
      return stream === state.stream ? state : commitEdit(state, stream);
    }
    case "connect": {
      const { stream } = state;
      const index = stream.cards.findIndex((c) => c.id === action.source);
      const source = stream.cards[index];
      const edge = source && cardEdges(source).find((e) => e.handle === action.handle);
      const target = action.target;
      if (!source || !edge || (edge.target ?? null) === target) return state;
      if (target !== null && !stream.cards.some((c) => c.id === target)) return state;
      const cards = stream.cards.slice();
      cards[index] = connectCard(source, action.handle, target);
      return commitEdit(state, withCards(stream, cards), state.selection, action.coalesceKey ?? null);
    }
    case "setStart":
      if (action.cardId === state.stream.startCardId) return state;
      if (!state.stream.cards.some((c) => c.id === action.cardId)) return state;
      return commitEdit(state, { ...state.stream, startCardId: action.cardId });
    case "paste":
      return pasteCards(state, action.cards, action.at, action.translations);
    case "setTranslations": {
      const stream = withCards(state.stream, state.stream.cards, action.translations);
      return commitEdit(state, stream, state.selection, action.coalesceKey ?? null);
    }
    case "select": {
      const selection = validSelection(state.stream, action.ids);
      const same =
        selection.length === state.selection.length && selection.every((id, i) => id === state.selection[i]);
      // Another card selected: typing in its fields (same field names) is a new undo step.
      return same ? state : { ...state, selection, coalesceKey: null };
    }
    case "undo":
    case "redo":
      return travel(state, action.type);
    case "endCoalesce":
      return state.coalesceKey === null ? state : { ...state, coalesceKey: null };
    case "testChat":
      return { ...state, testChat: { current: action.current, path: action.path } };
  }
}
