import { describe, expect, it } from "vitest";
import { run, sampleState } from "./designerFixture";
import { HISTORY_LIMIT } from "./designerState";

const positionOf = (state: ReturnType<typeof sampleState>, id: string) =>
  state.stream.cards.find((c) => c.id === id)?.position;

const textOf = (state: ReturnType<typeof sampleState>, id: string) => {
  const card = state.stream.cards.find((c) => c.id === id);
  return card && "text" in card ? card.text : undefined;
};

describe("designerReducer history", () => {
  it("undoes a 60-frame drag in one step and redoes it", () => {
    const frames = Array.from({ length: 60 }, (_, i) => ({
      type: "moveCards" as const,
      positions: { welcome: { x: i, y: 2 * i } },
      coalesceKey: "drag-1",
    }));
    const dragged = run(sampleState(), ...frames, { type: "endCoalesce" });
    expect(positionOf(dragged, "welcome")).toEqual({ x: 59, y: 118 });
    expect(dragged.past).toHaveLength(1);

    const undone = run(dragged, { type: "undo" });
    expect(positionOf(undone, "welcome")).toEqual({ x: 0, y: 0 });
    expect(undone.past).toHaveLength(0);
    expect(positionOf(run(undone, { type: "redo" }), "welcome")).toEqual({ x: 59, y: 118 });
  });

  it("makes typing in one field one step, and the next field (or after endCoalesce) another", () => {
    const welcome = sampleState().stream.cards[0];
    if (welcome?.type !== "message") throw new Error("fixture");
    const type = (text: string, coalesceKey: string) => ({
      type: "updateCard" as const,
      card: { ...welcome, text },
      coalesceKey,
    });
    const typed = run(
      sampleState(),
      type("H", "welcome.text"),
      type("Hi", "welcome.text"),
      type("Hi!", "welcome.text"),
    );
    expect(typed.past).toHaveLength(1);
    expect(textOf(typed, "welcome")).toBe("Hi!");
    expect(textOf(run(typed, { type: "undo" }), "welcome")).toBe("Hello!");

    const again = run(typed, { type: "endCoalesce" }, type("Hi!!", "welcome.text"));
    expect(again.past).toHaveLength(2);
    expect(textOf(run(again, { type: "undo" }), "welcome")).toBe("Hi!");

    const otherField = run(typed, {
      ...type("Hi!", "welcome.name"),
      card: { ...welcome, text: "Hi!", name: "W" },
    });
    expect(otherField.past).toHaveLength(2);
  });

  it("starts a new step when the selection changes between two edits with the same key", () => {
    const move = (x: number) => ({
      type: "moveCards" as const,
      positions: { bye: { x, y: 0 } },
      coalesceKey: "k",
    });
    const state = run(sampleState(), move(1), { type: "select", ids: ["ask"] }, move(2));
    expect(state.past).toHaveLength(2);
    expect(run(sampleState(), move(1), { type: "select", ids: [] }, move(2)).past).toHaveLength(1);
  });

  it("makes one Delete of edges and cards one undo step when they share a key", () => {
    const state = run(
      sampleState(),
      { type: "connect", source: "ask", handle: "answer:y", target: null, coalesceKey: "delete-1" },
      { type: "removeCards", ids: ["bye"], coalesceKey: "delete-1" },
      { type: "endCoalesce" },
    );
    expect(state.past).toHaveLength(1);
    expect(run(state, { type: "undo" }).stream).toEqual(sampleState().stream);
  });

  it("does not coalesce a gesture across an undo", () => {
    const move = (x: number) => ({
      type: "moveCards" as const,
      positions: { bye: { x, y: 0 } },
      coalesceKey: "d",
    });
    const state = run(sampleState(), move(1), { type: "undo" }, move(2), move(3));
    expect(state.past).toHaveLength(1);
    expect(positionOf(run(state, { type: "undo" }), "bye")).toEqual({ x: 600, y: 100 });
  });

  it("drops redo after a new edit and keeps at most HISTORY_LIMIT steps", () => {
    const moves = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => ({
      type: "moveCards" as const,
      positions: { bye: { x: i + 1, y: 0 } },
    }));
    const state = run(sampleState(), ...moves);
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    // The oldest steps went: undoing everything reaches the 5th move, not the original place.
    const all = run(state, ...Array.from({ length: HISTORY_LIMIT + 10 }, () => ({ type: "undo" as const })));
    expect(positionOf(all, "bye")).toEqual({ x: 5, y: 0 });
    const redoGone = run(all, { type: "redo" }, { type: "setStart", cardId: "ask" });
    expect(redoGone.future).toEqual([]);
  });

  it("restores the selection of the step and never selects a card that is gone", () => {
    const state = run(sampleState(), { type: "addCard", cardType: "goal", position: { x: 0, y: 300 } });
    expect(state.selection).toEqual(["goal"]);
    const undone = run(state, { type: "undo" });
    expect(undone.selection).toEqual([]);
    expect(run(undone, { type: "redo" }).selection).toEqual(["goal"]);
    const sel = run(state, { type: "select", ids: ["goal", "bye"] }, { type: "removeCards", ids: ["goal"] });
    expect(sel.selection).toEqual(["bye"]);
  });

  it("adds no undo step for an edit that changes nothing", () => {
    const state = sampleState();
    expect(run(state, { type: "moveCards", positions: { welcome: { x: 0, y: 0 } } })).toBe(state);
    expect(run(state, { type: "connect", source: "welcome", handle: "next", target: "ask" })).toBe(state);
    expect(run(state, { type: "setStart", cardId: "welcome" })).toBe(state);
    expect(run(state, { type: "undo" })).toBe(state);
    expect(run(state, { type: "redo" })).toBe(state);
  });
});

describe("designerReducer autosave bookkeeping", () => {
  const edit = { type: "moveCards" as const, positions: { bye: { x: 1, y: 1 } } };
  const edit2 = { type: "moveCards" as const, positions: { bye: { x: 2, y: 2 } } };

  it("counts edits, undo and redo as unsaved changes", () => {
    const state = run(sampleState(), edit);
    expect(state.edit).toBe(1);
    expect(state.savedEdit).toBe(0);
    const undone = run(state, { type: "undo" });
    expect(undone.edit).toBe(2);
    expect(run(undone, { type: "redo" }).edit).toBe(3);
    expect(run(state, { type: "select", ids: ["bye"] }).edit).toBe(1);
  });

  it("keeps edits made while a save was on its way unsaved", () => {
    const sending = run(sampleState(), edit);
    const savingEdit = sending.edit;
    const meanwhile = run(sending, edit2, { type: "saved", edit: savingEdit, revision: 8 });
    expect(meanwhile.revision).toBe(8);
    expect(meanwhile.savedEdit).toBe(savingEdit);
    expect(meanwhile.edit).toBeGreaterThan(meanwhile.savedEdit);
    const all = run(meanwhile, { type: "saved", edit: meanwhile.edit, revision: 9 });
    expect(all.edit).toBe(all.savedEdit);
    expect(all.past).toHaveLength(2); // saving is not an edit: undo still works
  });

  it("clears history on load and ignores a save answered after it", () => {
    const edited = run(sampleState(), edit, edit2);
    const stale = edited.edit;
    const loaded = run(
      edited,
      { type: "select", ids: ["bye", "welcome"] },
      {
        type: "load",
        stream: { ...sampleState().stream, cards: sampleState().stream.cards.filter((c) => c.id !== "bye") },
        revision: 12,
      },
    );
    expect(loaded.past).toEqual([]);
    expect(loaded.future).toEqual([]);
    expect(loaded.revision).toBe(12);
    expect(loaded.edit).toBe(loaded.savedEdit);
    expect(loaded.selection).toEqual(["welcome"]);
    const late = run(loaded, { type: "saved", edit: stale, revision: 10 });
    expect(late).toBe(loaded);
  });

  it("rebases onto their revision and keeps my edits to save", () => {
    const mine = run(sampleState(), edit, { type: "rebase", revision: 20 });
    expect(mine.revision).toBe(20);
    expect(mine.edit).toBeGreaterThan(mine.savedEdit);
    expect(mine.stream.cards.find((c) => c.id === "bye")?.position).toEqual({ x: 1, y: 1 });
  });
});
