import type { Card } from "@parley/flow/card";
import { describe, expect, it } from "vitest";
import type { DesignerAction } from "../state/designerAction";
import { designerReducer } from "../state/designerReducer";
import { type DesignerState, initialDesignerState } from "../state/designerState";
import { sampleStream } from "../state/designerFixture";
import { pathKey } from "./cardDraft";
import { applyEdit, type PendingEdits, valueAt } from "./pendingEdits";
import { setCardText } from "./cardTranslations";

/** What the panel does for one keystroke or choice (useCardDraft), against the real reducer. */
function type(
  state: DesignerState,
  pending: PendingEdits,
  cardId: string,
  path: (string | number)[],
  value: unknown,
) {
  const card = state.stream.cards.find((c) => c.id === cardId) as Card;
  const result = applyEdit(card, pending, path, value);
  const action: DesignerAction | null = result.card
    ? { type: "updateCard", card: result.card, coalesceKey: `${cardId}:${pathKey(path)}` }
    : null;
  return { state: action ? designerReducer(state, action) : state, pending: result.pending };
}
const cardOf = (state: DesignerState, id: string) => state.stream.cards.find((c) => c.id === id);
/** The question's text and first button, as a marketer would read them. */
const ask = (state: DesignerState) => {
  const card = cardOf(state, "ask");
  return card?.type === "question" ? { text: card.text, first: card.answers[0] } : null;
};

describe("the panel's edits in the designer's history", () => {
  it("makes one field's typing one undo step, and the next field another", () => {
    let state = initialDesignerState(sampleStream(), 1);
    let pending: PendingEdits = [];
    for (const text of ["H", "He", "Hel", "Hello"])
      ({ state, pending } = type(state, pending, "ask", ["text"], text));
    state = designerReducer(state, { type: "endCoalesce" });
    ({ state, pending } = type(state, pending, "ask", ["answers", 0, "label"], "Sure"));
    expect(ask(state)).toMatchObject({ text: "Hello", first: { label: "Sure" } });
    state = designerReducer(state, { type: "undo" });
    expect(ask(state)).toMatchObject({ text: "Hello", first: { label: "Yes" } });
    state = designerReducer(state, { type: "undo" });
    expect(ask(state)).toMatchObject({ text: "Need help?" });
  });

  it("leaves the last valid card in the state while a field is over its limit", () => {
    let state = initialDesignerState(sampleStream(), 1);
    let pending: PendingEdits = [];
    ({ state, pending } = type(state, pending, "ask", ["text"], "x".repeat(5001)));
    expect(state.edit).toBe(0);
    expect(cardOf(state, "ask")).toMatchObject({ text: "Need help?" });
    expect(valueAt(cardOf(state, "ask") as Card, pending, ["text"])).toHaveLength(5001);
  });

  it("keeps a button's edge and its translations when its label changes", () => {
    let state = initialDesignerState(sampleStream(), 1);
    const translations = setCardText(state.stream.translations, "fr", "ask", "answers.y", "Oui");
    state = designerReducer(state, { type: "setTranslations", translations });
    ({ state } = type(state, [], "ask", ["answers", 0, "label"], "Yes please"));
    expect(ask(state)?.first).toEqual({ id: "y", label: "Yes please", value: "yes", next: "chat" });
    expect(state.stream.translations?.fr?.ask?.answers?.y).toBe("Oui");
  });
});
