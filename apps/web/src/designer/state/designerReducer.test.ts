import { type Card, CARD_TYPES } from "@parley/flow/card";
import { cardEdges } from "@parley/flow/cardEdges";
import { Stream } from "@parley/flow/stream";
import { generateStream } from "@parley/flow/testing/generateStream";
import { describe, expect, it } from "vitest";
import type { DesignerAction } from "./designerAction";
import { run, sampleState, sampleStream } from "./designerFixture";
import { initialDesignerState } from "./designerState";

const card = (state: { stream: Stream }, id: string) => state.stream.cards.find((c) => c.id === id);
const targets = (c: Card | undefined) => (c ? cardEdges(c).map((e) => `${e.handle}>${e.target ?? ""}`) : []);

describe("designerReducer cards and edges", () => {
  it("adds a valid default card with a unique id, selected, led to from a connector", () => {
    const one = run(sampleState(), {
      type: "addCard",
      cardType: "question",
      position: { x: 900, y: 0 },
      from: { cardId: "bye", handle: "next" },
    });
    const two = run(one, { type: "addCard", cardType: "question", position: { x: 900, y: 200 } });
    expect(two.stream.cards.map((c) => c.id)).toEqual([
      "welcome",
      "ask",
      "chat",
      "bye",
      "question",
      "question-2",
    ]);
    expect(two.selection).toEqual(["question-2"]);
    expect(card(two, "bye")).toMatchObject({ next: "question" });
    expect(card(two, "question-2")?.position).toEqual({ x: 900, y: 200 });
    expect(Stream.safeParse(two.stream).success).toBe(true);
  });

  it("adds a card of every type, and the first card of an empty stream becomes its start", () => {
    const empty = initialDesignerState({ schemaVersion: 1, startCardId: "gone", cards: [] }, 1);
    const actions: DesignerAction[] = CARD_TYPES.map((cardType, i) => ({
      type: "addCard",
      cardType,
      position: { x: i * 10, y: 0 },
    }));
    const state = run(empty, ...actions);
    expect(state.stream.cards).toHaveLength(CARD_TYPES.length);
    expect(state.stream.startCardId).toBe(CARD_TYPES[0]);
    expect(Stream.safeParse(state.stream).success).toBe(true);
  });

  it("ignores a connector that does not exist when adding from it", () => {
    const state = run(sampleState(), {
      type: "addCard",
      cardType: "goal",
      position: { x: 0, y: 0 },
      from: { cardId: "chat", handle: "booked" },
    });
    expect(card(state, "chat")).toEqual(sampleStream().cards[2]);
    expect(card(state, "goal")).toBeDefined();
  });

  it("updates a card: removed answers take their edge and translation along, unknown targets end", () => {
    const ask = card(sampleState(), "ask");
    if (ask?.type !== "question") throw new Error("fixture");
    const edited: Card = {
      ...ask,
      position: undefined,
      answers: [{ ...ask.answers[0]!, next: "nowhere" }],
      next: "bye",
    };
    const state = run(sampleState(), { type: "updateCard", card: edited });
    expect(targets(card(state, "ask"))).toEqual(["answer:y>", "next>bye"]);
    expect(card(state, "ask")?.position).toEqual({ x: 300, y: 0 });
    expect(state.stream.translations?.fr?.ask?.answers).toEqual({ y: "Oui" });
    expect(run(sampleState(), { type: "updateCard", card: { ...edited, id: "other" } }).past).toEqual([]);
  });

  it("removes cards: edges to them end, their translations go, the start moves along", () => {
    const state = run(
      sampleState(),
      { type: "select", ids: ["welcome", "bye"] },
      {
        type: "removeCards",
        ids: ["welcome", "chat"],
      },
    );
    expect(state.stream.cards.map((c) => c.id)).toEqual(["ask", "bye"]);
    expect(state.stream.startCardId).toBe("ask");
    expect(targets(card(state, "ask"))).toEqual(["answer:y>", "answer:n>bye", "next>"]);
    expect(state.selection).toEqual(["bye"]);

    const noAsk = run(sampleState(), { type: "removeCards", ids: ["ask"] });
    expect(noAsk.stream.translations).toEqual({ fr: {} });
    expect(card(noAsk, "welcome")).toMatchObject({ next: null });
    const noStart = run(sampleState(), { type: "removeCards", ids: ["welcome", "ask"] });
    expect(noStart.stream.startCardId).toBe("chat");
  });

  it("connects a handle to a card or ends it, and refuses unknown cards and handles", () => {
    const state = run(sampleState(), { type: "connect", source: "ask", handle: "next", target: "bye" });
    expect(card(state, "ask")).toMatchObject({ next: "bye" });
    const ended = run(state, { type: "connect", source: "ask", handle: "answer:y", target: null });
    expect(targets(card(ended, "ask"))).toEqual(["answer:y>", "answer:n>bye", "next>bye"]);
    const base = sampleState();
    expect(run(base, { type: "connect", source: "ask", handle: "next", target: "nobody" })).toBe(base);
    expect(run(base, { type: "connect", source: "ask", handle: "answer:zz", target: "bye" })).toBe(base);
    expect(run(base, { type: "connect", source: "chat", handle: "booked", target: "bye" })).toBe(base);
  });

  it("sets the start only to a card of the stream", () => {
    expect(run(sampleState(), { type: "setStart", cardId: "bye" }).stream.startCardId).toBe("bye");
    const base = sampleState();
    expect(run(base, { type: "setStart", cardId: "nobody" })).toBe(base);
  });

  it("applies a layout as one undo step, ignoring unknown cards", () => {
    const state = run(
      sampleState(),
      { type: "moveCards", positions: { bye: { x: 5, y: 5 } }, coalesceKey: "drag" },
      {
        type: "applyLayout",
        positions: { welcome: { x: 1, y: 2 }, bye: { x: 3, y: 4 }, ghost: { x: 0, y: 0 } },
      },
    );
    expect(state.past).toHaveLength(2);
    expect(state.coalesceKey).toBeNull();
    expect(card(state, "bye")?.position).toEqual({ x: 3, y: 4 });
    expect(card(run(state, { type: "undo" }), "bye")?.position).toEqual({ x: 5, y: 5 });
  });

  it("sets translations, typing coalesced like any field", () => {
    const t = (text: string) => ({
      type: "setTranslations" as const,
      translations: { fr: { welcome: { text } } },
      coalesceKey: "fr.welcome.text",
    });
    const state = run(sampleState(), t("B"), t("Bonjour"));
    expect(state.stream.translations).toEqual({ fr: { welcome: { text: "Bonjour" } } });
    expect(state.past).toHaveLength(1);
  });

  it("keeps the selection to cards that exist and records the test chat without an edit", () => {
    const state = run(sampleState(), { type: "select", ids: ["bye", "ghost", "bye", "ask"] });
    expect(state.selection).toEqual(["bye", "ask"]);
    const chat = run(state, { type: "testChat", current: "ask", path: ["welcome", "ask"] });
    expect(chat.testChat).toEqual({ current: "ask", path: ["welcome", "ask"] });
    expect(chat.edit).toBe(0);
  });

  it("keeps every stream valid and never mutates a state over random edits of generated streams", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const stream = generateStream(seed);
      const ids = stream.cards.map((c) => c.id);
      const some = ids.filter((_, i) => i % 3 === seed % 3);
      const first = stream.cards[0]!;
      const edge = cardEdges(first)[0];
      const actions: DesignerAction[] = [
        { type: "addCard", cardType: CARD_TYPES[seed % CARD_TYPES.length]!, position: { x: 1, y: 1 } },
        { type: "moveCards", positions: Object.fromEntries(ids.map((id, i) => [id, { x: i, y: seed }])) },
        { type: "paste", cards: stream.cards.filter((c) => some.includes(c.id)), at: { x: 0, y: 500 } },
        ...(edge
          ? [{ type: "connect" as const, source: first.id, handle: edge.handle, target: ids.at(-1)! }]
          : []),
        { type: "removeCards", ids: some },
        { type: "undo" },
        { type: "redo" },
        { type: "undo" },
      ];
      let state = initialDesignerState(stream, 1);
      for (const action of actions) {
        state = run(state, action);
        expect(Stream.safeParse(state.stream).success, `seed ${seed} ${action.type}`).toBe(true);
        const cardIds = state.stream.cards.map((c) => c.id);
        expect(new Set(cardIds).size).toBe(cardIds.length);
        for (const c of state.stream.cards) {
          for (const e of cardEdges(c)) if (e.target) expect(cardIds).toContain(e.target);
        }
      }
    }
  });
});
