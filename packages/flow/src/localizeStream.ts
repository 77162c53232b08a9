import type { Card } from "./card";
import type { Stream } from "./stream";
import type { CardTranslation } from "./translations";

/**
 * The language of `translations` that serves a visitor's language: the exact tag (`pt-BR`), else the
 * base language (`fr-CA` → `fr`), else none (the default language is used).
 */
export function pickTranslation(stream: Stream, language: string | null | undefined): string | null {
  const available = Object.keys(stream.translations ?? {});
  if (!language || available.length === 0) return null;
  const wanted = language.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split("-")[0];
  return (
    available.find((tag) => tag.toLowerCase() === base) ??
    available.find((tag) => tag.toLowerCase().split("-")[0] === base) ??
    null
  );
}

/** The stream with its texts in `language` where it has them. Card ids, edges and stored values never change. */
export function localizeStream(stream: Stream, language: string | null | undefined): Stream {
  const tag = pickTranslation(stream, language);
  const table = tag ? stream.translations?.[tag] : undefined;
  if (!table) return stream;
  return {
    ...stream,
    cards: stream.cards.map((card) =>
      table[card.id] ? applyTranslation(card, table[card.id] as CardTranslation) : card,
    ),
  };
}

function applyTranslation(card: Card, t: CardTranslation): Card {
  const out: Record<string, unknown> = { ...card };
  for (const key of [
    "text",
    "followUpText",
    "fallbackMessage",
    "placeholder",
    "acceptLabel",
    "declineLabel",
    "title",
  ] as const) {
    if (t[key] !== undefined && key in card) out[key] = t[key];
  }
  if (card.type === "question" && t.answers) {
    out.answers = card.answers.map((a) => (t.answers?.[a.id] ? { ...a, label: t.answers[a.id] } : a));
  }
  return out as Card;
}
