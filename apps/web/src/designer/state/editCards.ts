import type { Card, CardType } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";
import { connectCard } from "@parley/flow/connectCard";
import { MAX_CARDS } from "@parley/flow/stream";
import type { DesignerState, Point } from "./designerState";
import { commitEdit } from "./history";
import { newCard } from "./newCard";
import { endEdges, itemIds, mapTranslations, withCards } from "./streamEdits";
import { uniqueId } from "./uniqueId";

/** A new default card at `position`, optionally led to from `from`; it becomes the selection. */
export function addCard(
  state: DesignerState,
  cardType: CardType,
  position: Point,
  from?: { cardId: string; handle: string },
): DesignerState {
  const { stream } = state;
  if (stream.cards.length >= MAX_CARDS) return state; // the canvas disables adding at the limit
  const id = uniqueId(cardType, new Set(stream.cards.map((c) => c.id)));
  const card = newCard(cardType, id, position);
  const source = from && stream.cards.find((c) => c.id === from.cardId);
  const linked = source && cardEdges(source).some((e) => e.handle === from.handle);
  const cards = stream.cards.map((c) => (linked && c === source ? connectCard(c, from.handle, id) : c));
  const start = stream.cards.some((c) => c.id === stream.startCardId) ? stream.startCardId : id;
  return commitEdit(state, { ...withCards(stream, [...cards, card]), startCardId: start }, [id]);
}

/**
 * The edited `card` in place of the one with its id. Its connectors may only lead to cards of the
 * stream (others end), translations of answers it no longer has are dropped, and it keeps its
 * place when the edit left the position out.
 */
export function updateCard(state: DesignerState, card: Card, coalesceKey?: string): DesignerState {
  const { stream } = state;
  const index = stream.cards.findIndex((c) => c.id === card.id);
  const old = stream.cards[index];
  if (!old || old === card) return state;
  const ids = new Set(stream.cards.map((c) => c.id));
  let next = endEdges(card, (target) => ids.has(target));
  if (!next.position && old.position) next = { ...next, position: old.position };
  const cards = stream.cards.slice();
  cards[index] = next;
  const items = new Set(card.type === "question" ? itemIds(card) : []);
  const translations = mapTranslations(stream.translations, (byCard) => {
    const t = byCard[card.id];
    if (!t?.answers || Object.keys(t.answers).every((a) => items.has(a))) return byCard;
    const answers = Object.fromEntries(Object.entries(t.answers).filter(([a]) => items.has(a)));
    return { ...byCard, [card.id]: { ...t, answers } };
  });
  return commitEdit(state, withCards(stream, cards, translations), state.selection, coalesceKey ?? null);
}

/**
 * Without the cards `ids`: connectors that led to them end, their translations go, and when the
 * start card goes the start moves to the first card it led to that stays (else the first card left).
 */
export function removeCards(
  state: DesignerState,
  ids: readonly string[],
  coalesceKey?: string,
): DesignerState {
  const { stream } = state;
  const gone = new Set(ids.filter((id) => stream.cards.some((c) => c.id === id)));
  if (gone.size === 0) return state;
  const keep = (id: string) => !gone.has(id);
  const cards = stream.cards.filter((c) => keep(c.id)).map((c) => endEdges(c, keep));
  let start = stream.startCardId;
  if (gone.has(start)) {
    const old = stream.cards.find((c) => c.id === start);
    const led = old ? cardEdges(old).find((e) => e.target && keep(e.target))?.target : undefined;
    start = led ?? cards[0]?.id ?? start; // an empty stream keeps the id; the next card added becomes the start
  }
  const translations = mapTranslations(stream.translations, (byCard) =>
    Object.fromEntries(Object.entries(byCard).filter(([id]) => keep(id))),
  );
  const next = { ...withCards(stream, cards, translations), startCardId: start };
  return commitEdit(state, next, state.selection.filter(keep), coalesceKey ?? null);
}
