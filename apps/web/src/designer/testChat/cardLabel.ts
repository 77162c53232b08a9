import { CARD_TYPE_LABELS } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";

/** How the test chat names a card: its name, else its type and id ("question q1"); unknown ids as they are. */
export function cardLabel(stream: Stream, cardId: string): string {
  const card = stream.cards.find((c) => c.id === cardId);
  if (!card) return cardId;
  return card.name?.trim() || `${CARD_TYPE_LABELS[card.type]} ${card.id}`;
}
