import type { Stream } from "@parley/flow/stream";
import { describe, expect, it } from "vitest";
import { sampleStream } from "./designerFixture";
import { newCard } from "./newCard";
import { searchCards } from "./searchCards";

const highlighted = (m: { snippet: string; start: number; length: number }) =>
  m.snippet.slice(m.start, m.start + m.length);

describe("searchCards", () => {
  it("finds cards by name, text, button, translation, id and type, with the matched words", () => {
    const stream = sampleStream();
    expect(searchCards(stream, "welc")).toEqual([
      { cardId: "welcome", where: "Name", snippet: "Welcome", start: 0, length: 4 },
    ]);
    expect(searchCards(stream, "help")[0]).toMatchObject({
      cardId: "ask",
      where: "Text",
      snippet: "Need help?",
    });
    expect(searchCards(stream, "YES")[0]).toMatchObject({ cardId: "ask", where: "Button “Yes”" });
    expect(searchCards(stream, "oui")[0]).toMatchObject({ cardId: "ask", where: "Button (fr)" });
    expect(searchCards(stream, "aide")[0]).toMatchObject({ cardId: "ask", where: "Text (fr)" });
    expect(searchCards(stream, "chat").map((m) => [m.cardId, m.where])).toEqual([["chat", "Id"]]);
    expect(searchCards(stream, "message").map((m) => m.cardId)).toEqual(["welcome", "bye"]);
    expect(searchCards(stream, "live chat")[0]).toMatchObject({ where: "Card type" });
  });

  it("ignores case and accents and keeps the highlight on the matched letters", () => {
    const stream: Stream = {
      schemaVersion: 1,
      startCardId: "m",
      cards: [{ id: "m", type: "message", text: "Réservez un créneau dès aujourd'hui", next: null }],
    };
    const [match] = searchCards(stream, "CRENEAU");
    expect(match && highlighted(match)).toBe("créneau");
  });

  it("cuts long texts around the match, on one line", () => {
    const text = `${"a".repeat(100)}\nneedle\n${"b".repeat(100)}`;
    const stream: Stream = {
      schemaVersion: 1,
      startCardId: "m",
      cards: [{ id: "m", type: "message", text }],
    };
    const [match] = searchCards(stream, "needle");
    expect(match?.snippet.startsWith("…")).toBe(true);
    expect(match?.snippet.endsWith("…")).toBe(true);
    expect(match?.snippet).not.toContain("\n");
    expect(match && highlighted(match)).toBe("needle");
    expect(match?.snippet.length).toBeLessThan(100);
  });

  it("searches the texts of every card type", () => {
    const cards = [
      { ...newCard("consent", "c"), acceptLabel: "Sure thing" },
      { ...newCard("capture", "p"), placeholder: "you@acme.test" },
      { ...newCard("answer", "q"), fallbackMessage: "Sorry, nothing found" },
      { ...newCard("content", "d"), title: "Pricing sheet" },
    ];
    const stream: Stream = { schemaVersion: 1, startCardId: "c", cards };
    expect(searchCards(stream, "sure")[0]?.where).toBe("Accept button");
    expect(searchCards(stream, "acme")[0]?.where).toBe("Placeholder");
    expect(searchCards(stream, "nothing found")[0]?.where).toBe("Fallback message");
    expect(searchCards(stream, "pricing")[0]?.where).toBe("Title");
  });

  it("matches nothing for an empty query or words nowhere in the stream", () => {
    expect(searchCards(sampleStream(), "   ")).toEqual([]);
    expect(searchCards(sampleStream(), "zebra")).toEqual([]);
  });
});
