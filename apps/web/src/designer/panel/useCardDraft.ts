import type { Card } from "@parley/flow/card";
import { type Dispatch, useState } from "react";
import type { DesignerAction } from "../state/designerAction";
import { type FieldPath, pathKey } from "./cardDraft";
import { applyEdit, errorAt, type PendingEdits, valueAt } from "./pendingEdits";

/** How an editor reads and changes the selected card. */
export interface CardEditing {
  /** The value shown at `path`: what was typed there if it is not valid (yet), else the card's. */
  value(path: FieldPath): unknown;
  /** The message for the field at `path`, when what was typed there is not valid. */
  error(path: FieldPath): string | undefined;
  /**
   * Sets one field. When the card stays valid it is dispatched (with `typing`, one field's typing is
   * one undo step until `endTyping`); otherwise the value is kept here with its error and the last
   * valid card stays in the designer's state.
   */
  edit(path: FieldPath, value: unknown, options?: { typing?: boolean }): void;
  /** A text field lost focus: its typing session is over. */
  endTyping(): void;
}

interface Held {
  /** The card the pending edits were made on. */
  card: Card;
  pending: PendingEdits;
}

/**
 * Field-by-field editing of `card` (pendingEdits). Invalid values are dropped when the card changes
 * other than by this panel's own edit (another card selected, undo, redo, the canvas).
 */
export function useCardDraft(card: Card, dispatch: Dispatch<DesignerAction>): CardEditing {
  const [held, setHeld] = useState<Held>({ card, pending: [] });
  // The reducer may hand back an equal copy of the card this panel dispatched: that keeps the edits.
  const pending = held.card === card || sameCard(held.card, card) ? held.pending : [];

  return {
    value: (path) => valueAt(card, pending, path),
    error: (path) => errorAt(pending, path),
    edit(path, value, options) {
      const result = applyEdit(card, pending, path, value);
      if (result.card) {
        // The pending edits left stay with the card this edit produces.
        setHeld({ card: result.card, pending: result.pending });
        dispatch({
          type: "updateCard",
          card: result.card,
          ...(options?.typing ? { coalesceKey: `${card.id}:${pathKey(path)}` } : {}),
        });
      } else {
        setHeld({ card, pending: result.pending });
      }
    },
    endTyping: () => dispatch({ type: "endCoalesce" }),
  };
}

const sameCard = (a: Card, b: Card) => a.id === b.id && JSON.stringify(a) === JSON.stringify(b);
