import type { Card } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import type { StreamTranslations } from "@parley/flow/translations";

/** What was copied: the cards, and their texts in other languages when the stream has some. */
export interface CopiedCards {
  cards: Card[];
  translations?: StreamTranslations;
}

/** The selected cards of `stream` as clipboard text (a marked JSON envelope). SEAM. */
export function copyCards(stream: Stream, ids: readonly string[]): string {
  const cards = stream.cards.filter((c) => ids.includes(c.id));
  return JSON.stringify({ parley: "cards", version: 1, cards });
}

/** Clipboard text back into cards, validated; null when it is not Parley cards. SEAM. */
export function readCopiedCards(text: string): CopiedCards | null {
  void text;
  return null;
}
