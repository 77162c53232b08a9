import type { Card } from "@parley/flow/card";
import { CARD_TYPE_LABELS } from "@parley/flow/card";
import type { CardTranslation, StreamTranslations } from "@parley/flow/translations";

/** One searchable text of a card and where it is, in the words the designer uses. */
export interface CardText {
  where: string;
  text: string;
}

const quoted = (label: string) => `“${label}”`;

/** The texts a marketer wrote on the card (what a visitor sees, and the settings shown on the card). */
function ownTexts(card: Card): CardText[] {
  const t = (where: string, text: string | undefined): CardText[] => (text ? [{ where, text }] : []);
  switch (card.type) {
    case "message":
      return [...t("Text", card.text), ...t("Image description", card.image?.alt)];
    case "question":
      return [
        ...t("Text", card.text),
        ...card.answers.flatMap((a) => [
          ...t(`Button ${quoted(a.label)}`, a.label),
          ...t(`Value of ${quoted(a.label)}`, a.value),
        ]),
        ...t("Saves to", card.saveTo),
      ];
    case "capture":
      return [
        ...t("Text", card.text),
        ...t("Placeholder", card.placeholder),
        ...(card.options ?? []).flatMap((o) => t("Option", o)),
        ...t("Saves to", card.field),
      ];
    case "meeting":
      return t("Text", card.text);
    case "liveChat":
      return [...t("Text", card.text), ...t("Fallback message", card.fallbackMessage)];
    case "goal":
      return t("Goal", card.goal);
    case "action":
      return [...t("Field", card.field), ...t("Value", card.value)];
    case "branch":
    case "split":
      return card.branches.flatMap((b) => t("Branch", b.name));
    case "flow":
      return t("Flow", card.flowId);
    case "content":
      return [...t("Title", card.title), ...t("Text", card.text), ...t("Link", card.url)];
    case "consent":
      return [
        ...t("Text", card.text),
        ...t("Accept button", card.acceptLabel),
        ...t("Decline button", card.declineLabel),
        ...t("Privacy policy", card.privacyUrl),
      ];
    case "webhook":
      return t("URL", card.url);
    case "answer":
      return [
        ...t("Text", card.text),
        ...t("Follow-up text", card.followUpText),
        ...t("Fallback message", card.fallbackMessage),
      ];
  }
}

const TRANSLATED: readonly [Exclude<keyof CardTranslation, "answers">, string][] = [
  ["title", "Title"],
  ["text", "Text"],
  ["followUpText", "Follow-up text"],
  ["fallbackMessage", "Fallback message"],
  ["placeholder", "Placeholder"],
  ["acceptLabel", "Accept button"],
  ["declineLabel", "Decline button"],
];

function translatedTexts(card: Card, translations: StreamTranslations | undefined): CardText[] {
  const out: CardText[] = [];
  for (const [lang, byCard] of Object.entries(translations ?? {})) {
    const t = byCard[card.id];
    if (!t) continue;
    for (const [key, where] of TRANSLATED) {
      const text = t[key];
      if (text) out.push({ where: `${where} (${lang})`, text });
    }
    for (const label of Object.values(t.answers ?? {}))
      if (label) out.push({ where: `Button (${lang})`, text: label });
  }
  return out;
}

/** Every text search looks at, in the order a match is reported: name, texts, translations, id, type. */
export function cardTexts(card: Card, translations?: StreamTranslations): CardText[] {
  return [
    ...(card.name ? [{ where: "Name", text: card.name }] : []),
    ...ownTexts(card),
    ...translatedTexts(card, translations),
    { where: "Id", text: card.id },
    { where: "Card type", text: CARD_TYPE_LABELS[card.type] },
  ];
}
