import type { Card } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import type { CardTranslation, StreamTranslations } from "@parley/flow/translations";

type TextKey = Exclude<keyof CardTranslation, "answers">;

/** One visible text of a card that can be said in another language. */
export interface TranslatableText {
  /** `text`, `title` … or `answers.<answerId>` for a question's button. */
  key: string;
  label: string;
  /** The text in the dialogue's default language. */
  source: string;
  /** A button label or title (200 characters) rather than a message (5000). */
  short: boolean;
}

const TEXT_LABELS: Readonly<Record<TextKey, string>> = {
  text: "Text",
  followUpText: "Follow-up question",
  fallbackMessage: "Fallback message",
  placeholder: "Placeholder",
  acceptLabel: "Accept button",
  declineLabel: "Decline button",
  title: "Title",
};
const SHORT: ReadonlySet<TextKey> = new Set(["placeholder", "acceptLabel", "declineLabel", "title"]);

/**
 * The card's texts a visitor sees, as localizeStream translates them: only texts the card has
 * (a translation of an absent text is never used), and each question button by answer id.
 */
export function translatableTexts(card: Card): TranslatableText[] {
  const texts: TranslatableText[] = [];
  const record = card as unknown as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(TEXT_LABELS) as TextKey[]) {
    const source = record[key];
    if (typeof source === "string" && source.trim() !== "") {
      texts.push({ key, label: TEXT_LABELS[key], source, short: SHORT.has(key) });
    }
  }
  if (card.type === "question") {
    card.answers.forEach((answer, i) => {
      if (answer.label.trim() === "") return;
      texts.push({
        key: `answers.${answer.id}`,
        label: `Button ${i + 1}`,
        source: answer.label,
        short: true,
      });
    });
  }
  return texts;
}

/** The translation of one text (`key` as in TranslatableText), or "" when there is none. */
export function translationOf(translation: CardTranslation | undefined, key: string): string {
  if (!translation) return "";
  if (key.startsWith("answers.")) return translation.answers?.[key.slice("answers.".length)] ?? "";
  return translation[key as TextKey] ?? "";
}

/** The keys of the card's texts that have no translation in `language`. */
export function missingTranslations(stream: Stream, card: Card, language: string): string[] {
  const translation = stream.translations?.[language]?.[card.id];
  return translatableTexts(card)
    .filter((t) => translationOf(translation, t.key).trim() === "")
    .map((t) => t.key);
}

/**
 * The translations with one text of one card set; "" removes it, and a card left with no texts is
 * removed from the language (the language itself stays, with its other cards).
 */
export function setCardText(
  translations: StreamTranslations | undefined,
  language: string,
  cardId: string,
  key: string,
  value: string,
): StreamTranslations {
  const all = { ...translations };
  const table = { ...all[language] };
  const card: CardTranslation = { ...table[cardId] };
  if (key.startsWith("answers.")) {
    const answers = { ...card.answers };
    const id = key.slice("answers.".length);
    if (value === "") delete answers[id];
    else answers[id] = value;
    if (Object.keys(answers).length > 0) card.answers = answers;
    else delete card.answers;
  } else if (value === "") delete card[key as TextKey];
  else card[key as TextKey] = value;
  if (Object.keys(card).length > 0) table[cardId] = card;
  else delete table[cardId];
  all[language] = table;
  return all;
}

/** The dialogue's languages: those it has translations for, and those the designer was told about. */
export function dialogueLanguages(stream: Stream, languages: readonly string[]): string[] {
  return [...new Set([...languages, ...Object.keys(stream.translations ?? {})])].sort();
}

export function addLanguage(
  translations: StreamTranslations | undefined,
  language: string,
): StreamTranslations {
  return translations?.[language] ? translations : { ...translations, [language]: {} };
}

export function removeLanguage(
  translations: StreamTranslations | undefined,
  language: string,
): StreamTranslations {
  const rest = { ...translations };
  delete rest[language];
  return rest;
}
