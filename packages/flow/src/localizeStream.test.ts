import { describe, expect, it } from "vitest";
import { localizeStream, pickTranslation } from "./localizeStream";
import { initialRunState } from "./runner/runState";
import { runStep } from "./runner/runStep";
import { Stream } from "./stream";
import { validateStream } from "./validateStream";

const stream = Stream.parse({
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: "What brings you here?",
      answers: [{ id: "a", label: "Pricing", value: "pricing" }],
      next: "m",
    },
    { id: "m", type: "message", text: "Thanks!" },
  ],
  translations: {
    fr: { q: { text: "Qu'est-ce qui vous amène ?", answers: { a: "Tarifs" } }, m: { text: "Merci !" } },
    "pt-BR": { m: { text: "Obrigado!" } },
  },
});

describe("dialogue translations", () => {
  it("picks the exact tag, then the base language, else none", () => {
    expect(pickTranslation(stream, "pt-BR")).toBe("pt-BR");
    expect(pickTranslation(stream, "fr-CA")).toBe("fr");
    expect(pickTranslation(stream, "pt")).toBe("pt-BR");
    expect(pickTranslation(stream, "de")).toBeNull();
    expect(pickTranslation(stream, undefined)).toBeNull();
  });

  it("replaces texts and button labels but keeps ids and stored values", () => {
    const fr = localizeStream(stream, "fr-FR");
    const step = runStep(
      fr,
      initialRunState(),
      { kind: "start" },
      { now: "2026-01-01T00:00:00Z", random: 0 },
    );
    expect(step.outputs[0]).toMatchObject({
      type: "question",
      text: [{ text: "Qu'est-ce qui vous amène ?" }],
      buttons: [{ id: "a", label: "Tarifs", value: "pricing" }],
    });
    const next = runStep(
      fr,
      step.state,
      { kind: "answer", value: "pricing" },
      { now: "2026-01-01T00:00:00Z", random: 0 },
    );
    expect(next.outputs[0]).toMatchObject({ type: "message", text: [{ text: "Merci !" }] });
    expect(localizeStream(stream, "de")).toBe(stream);
  });

  it("a stream with translations still validates; a malformed language tag does not parse", () => {
    expect(validateStream(stream)).toEqual([]);
    expect(Stream.safeParse({ ...stream, translations: { "not a tag": {} } }).success).toBe(false);
  });
});

describe("translation problems", () => {
  it("names a translation for a card that does not exist", () => {
    const broken = { ...stream, translations: { fr: { ghost: { text: "Boo" } } } };
    expect(validateStream(broken)).toEqual([
      expect.objectContaining({ cardId: "ghost", code: "translation_unknown_card" }),
    ]);
  });
});
