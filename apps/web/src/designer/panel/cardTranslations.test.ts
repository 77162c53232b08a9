import type { Card } from "@parley/flow/card";
import { localizeStream } from "@parley/flow/localizeStream";
import { STREAM_SCHEMA_VERSION } from "@parley/flow/schemaVersion";
import type { Stream } from "@parley/flow/stream";
import { describe, expect, it } from "vitest";
import {
  addLanguage,
  dialogueLanguages,
  missingTranslations,
  removeLanguage,
  setCardText,
  translatableTexts,
} from "./cardTranslations";

const question: Card = {
  id: "q1",
  type: "question",
  text: "Which plan?",
  answers: [
    { id: "a1", label: "Basic", value: "basic" },
    { id: "a2", label: "Pro", value: "pro" },
  ],
};
const stream = (translations?: Stream["translations"]): Stream => ({
  schemaVersion: STREAM_SCHEMA_VERSION,
  startCardId: "q1",
  cards: [question],
  ...(translations ? { translations } : {}),
});

describe("translatableTexts", () => {
  it("lists the text and each button of a question", () => {
    expect(translatableTexts(question).map((t) => [t.key, t.label, t.source])).toEqual([
      ["text", "Text", "Which plan?"],
      ["answers.a1", "Button 1", "Basic"],
      ["answers.a2", "Button 2", "Pro"],
    ]);
  });

  it("leaves out texts the card does not have, since a translation of them would never show", () => {
    const chat: Card = {
      id: "c",
      type: "liveChat",
      routing: { strategy: "round_robin" },
      fallbackMessage: "Sorry",
    };
    expect(translatableTexts(chat).map((t) => t.key)).toEqual(["fallbackMessage"]);
    expect(translatableTexts({ id: "g", type: "goal", goal: "Demo" })).toEqual([]);
  });
});

describe("setCardText and missingTranslations", () => {
  it("marks what is missing and what localizeStream then shows", () => {
    expect(missingTranslations(stream(), question, "fr")).toEqual(["text", "answers.a1", "answers.a2"]);
    let t = setCardText(undefined, "fr", "q1", "text", "Quelle offre ?");
    t = setCardText(t, "fr", "q1", "answers.a2", "Pro (FR)");
    expect(missingTranslations(stream(t), question, "fr")).toEqual(["answers.a1"]);
    const localized = localizeStream(stream(t), "fr").cards[0];
    expect(localized).toMatchObject({
      text: "Quelle offre ?",
      answers: [
        { label: "Basic", value: "basic" },
        { label: "Pro (FR)", value: "pro" },
      ],
    });
  });

  it("removes an emptied text, then the card's entry, but keeps the language", () => {
    let t = setCardText(undefined, "de", "q1", "answers.a1", "Einfach");
    t = setCardText(t, "de", "q1", "answers.a1", "");
    expect(t).toEqual({ de: {} });
  });

  it("never mutates the translations it was given", () => {
    const before = { fr: { q1: { text: "Bonjour" } } };
    setCardText(before, "fr", "q1", "text", "Salut");
    expect(before).toEqual({ fr: { q1: { text: "Bonjour" } } });
  });
});

describe("languages", () => {
  it("joins the dialogue's languages with those it has translations for", () => {
    expect(dialogueLanguages(stream({ fr: {} }), ["de", "fr"])).toEqual(["de", "fr"]);
  });

  it("adds a language once and removes it with its texts", () => {
    const t = addLanguage({ fr: { q1: { text: "Bonjour" } } }, "fr");
    expect(t).toEqual({ fr: { q1: { text: "Bonjour" } } });
    expect(addLanguage(t, "es")).toEqual({ fr: { q1: { text: "Bonjour" } }, es: {} });
    expect(removeLanguage(t, "fr")).toEqual({});
  });
});
