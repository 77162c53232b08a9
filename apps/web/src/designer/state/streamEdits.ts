import type { Card } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";
import { connectCard } from "@parley/flow/connectCard";
import type { Stream } from "@parley/flow/stream";
import type { StreamTranslations } from "@parley/flow/translations";

/** `card` with every connector whose target fails `keep` ended (null); the same object when none does. */
export function endEdges(card: Card, keep: (target: string) => boolean): Card {
  let out = card;
  for (const edge of cardEdges(card)) {
    if (edge.target && !keep(edge.target)) out = connectCard(out, edge.handle, null);
  }
  return out;
}

/** The ids of the answers or branches a card's connectors belong to (`answer:<id>`, `branch:<id>`). */
export function itemIds(card: Card): string[] {
  switch (card.type) {
    case "question":
      return card.answers.map((a) => a.id);
    case "branch":
    case "split":
      return card.branches.map((b) => b.id);
    default:
      return [];
  }
}

/** Translations with `transform` applied to every language's cards; undefined stays undefined. */
export function mapTranslations(
  translations: StreamTranslations | undefined,
  transform: (cards: StreamTranslations[string]) => StreamTranslations[string],
): StreamTranslations | undefined {
  if (!translations) return undefined;
  return Object.fromEntries(Object.entries(translations).map(([lang, cards]) => [lang, transform(cards)]));
}

/** `stream` with `cards` and `translations` (the key left out when there are none, as the schema allows). */
export function withCards(stream: Stream, cards: Card[], translations = stream.translations): Stream {
  const { translations: _old, ...rest } = stream;
  return translations ? { ...rest, cards, translations } : { ...rest, cards };
}
