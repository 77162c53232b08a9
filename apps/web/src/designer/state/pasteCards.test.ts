import { cardEdges } from "@parley/flow/cardEdges";
import { MAX_CARDS, Stream } from "@parley/flow/stream";
import { describe, expect, it } from "vitest";
import { run, sampleState, sampleStream } from "./designerFixture";
import { initialDesignerState } from "./designerState";
import { newCard } from "./newCard";

describe("designerReducer paste", () => {
  it("gives pasted cards new ids, keeps edges between them and ends the others", () => {
    const [welcome, ask] = sampleStream().cards;
    const state = run(sampleState(), {
      type: "paste",
      cards: [welcome!, ask!],
      at: { x: 1000, y: 500 },
      translations: sampleStream().translations,
    });
    expect(state.stream.cards.map((c) => c.id)).toEqual([
      "welcome",
      "ask",
      "chat",
      "bye",
      "welcome-2",
      "ask-2",
    ]);
    const pasted = state.stream.cards.slice(4);
    expect(pasted.map((c) => c.position)).toEqual([
      { x: 1000, y: 500 },
      { x: 1300, y: 500 },
    ]);
    expect(cardEdges(pasted[0]!).map((e) => e.target)).toEqual(["ask-2"]);
    expect(cardEdges(pasted[1]!).map((e) => e.target ?? null)).toEqual([null, null, null]);
    expect(state.selection).toEqual(["welcome-2", "ask-2"]);
    expect(state.stream.translations?.fr?.["ask-2"]).toEqual(sampleStream().translations?.fr?.ask);
    expect(state.stream.translations?.fr?.ask).toEqual(sampleStream().translations?.fr?.ask);
    // The originals are untouched.
    expect(state.stream.cards.slice(0, 4)).toEqual(sampleStream().cards);
    expect(Stream.safeParse(state.stream).success).toBe(true);
    expect(state.past).toHaveLength(1);
  });

  it("numbers copies of copies from the stem and pastes twice without clashes", () => {
    const bye = sampleStream().cards[3]!;
    const state = run(
      sampleState(),
      { type: "paste", cards: [bye], at: { x: 0, y: 0 } },
      { type: "paste", cards: [{ ...bye, id: "bye-2" }], at: { x: 0, y: 0 } },
    );
    expect(state.stream.cards.map((c) => c.id).slice(4)).toEqual(["bye-2", "bye-3"]);
  });

  it("places cards without a position near the paste point and repairs duplicate answer ids", () => {
    const q = newCard("question", "q");
    if (q.type !== "question") throw new Error("newCard");
    const twin = { ...q, answers: [q.answers[0]!, { ...q.answers[1]!, id: q.answers[0]!.id }] };
    const state = run(sampleState(), {
      type: "paste",
      cards: [twin, newCard("goal", "g")],
      at: { x: 10, y: 20 },
    });
    const pasted = state.stream.cards.slice(4);
    expect(pasted.map((c) => c.position)).toEqual([
      { x: 10, y: 20 },
      { x: 50, y: 60 },
    ]);
    const answers = pasted[0]?.type === "question" ? pasted[0].answers.map((a) => a.id) : [];
    expect(new Set(answers).size).toBe(2);
  });

  it("pastes into an empty stream as its start and refuses to go over MAX_CARDS", () => {
    const empty = initialDesignerState({ schemaVersion: 1, startCardId: "x", cards: [] }, 1);
    const state = run(empty, { type: "paste", cards: [newCard("goal", "g")], at: { x: 0, y: 0 } });
    expect(state.stream.startCardId).toBe("g");
    const full = initialDesignerState(
      {
        schemaVersion: 1,
        startCardId: "c0",
        cards: Array.from({ length: MAX_CARDS }, (_, i) => newCard("goal", `c${i}`)),
      },
      1,
    );
    expect(run(full, { type: "paste", cards: [newCard("goal", "g")], at: { x: 0, y: 0 } })).toBe(full);
    expect(run(full, { type: "addCard", cardType: "goal", position: { x: 0, y: 0 } })).toBe(full);
    expect(run(sampleState(), { type: "paste", cards: [], at: { x: 0, y: 0 } }).past).toEqual([]);
  });
});
