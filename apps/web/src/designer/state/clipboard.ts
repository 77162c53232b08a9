import { Card } from "@parley/flow/card";
import { MAX_CARDS, type Stream } from "@parley/flow/stream";
import { StreamTranslations } from "@parley/flow/translations";
import { z } from "zod";

/** What was copied: the cards, and their texts in other languages when the stream has some. */
export interface CopiedCards {
  cards: Card[];
  translations?: StreamTranslations;
}

/**
 * The clipboard envelope: a marker and a version, so that any other text on the clipboard (or
 * cards from a future Parley the schema no longer matches) is told apart and nothing is pasted.
 */
const Envelope = z.strictObject({
  parley: z.literal("cards"),
  version: z.literal(1),
  cards: z.array(Card).min(1).max(MAX_CARDS),
  translations: StreamTranslations.optional(),
});

/** The cards `ids` of `stream` (in stream order) and their translations, as clipboard text. */
export function copyCards(stream: Stream, ids: readonly string[]): string {
  const wanted = new Set(ids);
  const cards = stream.cards.filter((c) => wanted.has(c.id));
  const translations: StreamTranslations = {};
  for (const [lang, byCard] of Object.entries(stream.translations ?? {})) {
    const copied = Object.entries(byCard).filter(([id]) => wanted.has(id));
    if (copied.length > 0) translations[lang] = Object.fromEntries(copied);
  }
  const hasTranslations = Object.keys(translations).length > 0;
  return JSON.stringify({ parley: "cards", version: 1, cards, ...(hasTranslations ? { translations } : {}) });
}

/** Clipboard text back into cards, checked against the flow schema; null when it is not Parley cards. */
export function readCopiedCards(text: string): CopiedCards | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null; // not JSON: someone copied ordinary text
  }
  const parsed = Envelope.safeParse(json);
  if (!parsed.success) return null;
  const { cards, translations } = parsed.data;
  return translations ? { cards, translations } : { cards };
}
