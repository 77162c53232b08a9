import type { Card } from "@parley/flow/card";
import { describe, expect, it } from "vitest";
import { problemsByCard } from "./problemsByCard";
import { buildEdges, buildNodes, type CanvasMarks, parseEdgeId } from "./flowElements";

const cards: Card[] = [
  {
    id: "ask",
    type: "question",
    text: "Shall we talk?",
    answers: [
      { id: "yes", label: "Yes", value: "yes", next: "chat" },
      { id: "no", label: "No", value: "no", next: null },
    ],
    next: null,
    position: { x: 0, y: 0 },
  },
  { id: "chat", type: "liveChat", routing: { strategy: "round_robin" }, position: { x: 300, y: 0 } },
];

const marks = (over: Partial<CanvasMarks> = {}): CanvasMarks => ({
  startCardId: "ask",
  selection: new Set(),
  problems: new Map(),
  matches: new Set(),
  currentMatch: null,
  testCurrent: null,
  testPath: [],
  ...over,
});

describe("canvas elements", () => {
  it("marks the start card, the selection, search matches and the test chat's place", () => {
    const nodes = buildNodes(
      cards,
      marks({
        selection: new Set(["chat"]),
        matches: new Set(["ask", "chat"]),
        currentMatch: "chat",
        testCurrent: "chat",
        testPath: ["ask", "chat"],
      }),
      new Map(),
      [],
    );
    expect(nodes.map((n) => [n.id, n.data.isStart, n.selected, n.data.search, n.data.test])).toEqual([
      ["ask", true, false, "match", "path"],
      ["chat", false, true, "current", "current"],
    ]);
  });

  it("keeps the node of an unchanged card, so a drag re-renders only the moved card", () => {
    const first = buildNodes(cards, marks(), new Map(), []);
    const moved = [cards[0]!, { ...cards[1]!, position: { x: 320, y: 10 } } as Card];
    const second = buildNodes(moved, marks(), new Map(), first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.position).toEqual({ x: 320, y: 10 });
  });

  it("shows a card being dragged where the pointer has it, before the reducer hears of it", () => {
    const first = buildNodes(cards, marks(), new Map(), []);
    const during = buildNodes(cards, marks(), new Map(), first, { chat: { x: 500, y: 40 } });
    expect(during[0]).toBe(first[0]);
    expect(during[1]?.position).toEqual({ x: 500, y: 40 });
  });

  it("draws one labelled edge per connector that leads to a card, and marks the path", () => {
    const edges = buildEdges(cards, ["ask", "chat"], new Set(), []);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: "ask",
      target: "chat",
      sourceHandle: "answer:yes",
      ariaLabel: "Yes → chat",
    });
    expect(edges[0]?.data?.onPath).toBe(true);
    expect(parseEdgeId(edges[0]!.id)).toEqual({ source: "ask", handle: "answer:yes" });
    expect(buildEdges(cards, ["ask", "chat"], new Set(), edges)[0]).toBe(edges[0]);
  });
});

describe("problemsByCard", () => {
  it("groups messages per card and keeps an unchanged card's list, so its node is not redrawn", () => {
    const first = problemsByCard(
      [
        { cardId: "a", code: "empty_text", message: "A has no text" },
        { code: "missing_start_card", message: "No start" },
        { cardId: "b", code: "empty_text", message: "B has no text" },
      ],
      new Map(),
    );
    expect(first.get("a")).toEqual(["A has no text"]);
    const second = problemsByCard([{ cardId: "a", code: "empty_text", message: "A has no text" }], first);
    expect(second.get("a")).toBe(first.get("a"));
    expect(second.has("b")).toBe(false);
  });
});
