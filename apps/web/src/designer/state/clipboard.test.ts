import { describe, expect, it } from "vitest";
import { copyCards, readCopiedCards } from "./clipboard";
import { run, sampleState, sampleStream } from "./designerFixture";

describe("clipboard", () => {
  it("copies the selected cards with their translations and reads them back", () => {
    const text = copyCards(sampleStream(), ["bye", "ask", "ghost"]);
    const copied = readCopiedCards(text);
    expect(copied?.cards.map((c) => c.id)).toEqual(["ask", "bye"]);
    expect(copied?.cards[0]).toEqual(sampleStream().cards[1]);
    expect(copied?.translations).toEqual({ fr: { ask: sampleStream().translations?.fr?.ask } });
    expect(JSON.parse(text)).toMatchObject({ parley: "cards", version: 1 });
  });

  it("leaves translations out when the copied cards have none", () => {
    expect(readCopiedCards(copyCards(sampleStream(), ["bye"]))).toEqual({ cards: [sampleStream().cards[3]] });
  });

  it("copies and pastes through the reducer as a marketer would", () => {
    const copied = readCopiedCards(copyCards(sampleStream(), ["welcome", "ask"]));
    if (!copied) throw new Error("copy");
    const state = run(sampleState(), { type: "paste", ...copied, at: { x: 0, y: 400 } });
    expect(state.selection).toEqual(["welcome-2", "ask-2"]);
    expect(state.stream.translations?.fr?.["ask-2"]?.answers).toEqual({ y: "Oui", n: "Non" });
  });

  it.each([
    ["ordinary text", "Hello there"],
    ["empty", ""],
    ["other JSON", '{"cards":[]}'],
    ["another app's marker", JSON.stringify({ parley: "dialogue", version: 1, cards: [] })],
    ["a future version", JSON.stringify({ parley: "cards", version: 2, cards: sampleStream().cards })],
    ["no cards", JSON.stringify({ parley: "cards", version: 1, cards: [] })],
    [
      "a card the schema refuses",
      JSON.stringify({ parley: "cards", version: 1, cards: [{ id: "x y", type: "message", text: "hi" }] }),
    ],
    [
      "an unknown card type",
      JSON.stringify({ parley: "cards", version: 1, cards: [{ id: "x", type: "script", code: "alert(1)" }] }),
    ],
    [
      "extra keys",
      JSON.stringify({ parley: "cards", version: 1, cards: [sampleStream().cards[3]], run: "x" }),
    ],
  ])("pastes nothing from %s", (_, text) => {
    expect(readCopiedCards(text)).toBeNull();
  });
});
