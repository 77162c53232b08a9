import type { Card } from "@parley/flow/card";
import type { ReportTable } from "@parley/protocol/reports";
import { describe, expect, it } from "vitest";
import { edgeTraffic, funnelOnCards } from "./funnelOnCards";

const cards: Card[] = [
  { id: "hello", type: "message", text: "Hi", next: "ab" },
  {
    id: "ab",
    type: "split",
    branches: [
      { id: "a", weight: 1, next: "ask" },
      { id: "b", weight: 1, next: "ask" },
    ],
  },
  {
    id: "ask",
    type: "question",
    text: "Shall we talk?",
    answers: [
      { id: "yes", label: "Yes", value: "yes", next: "thanks" },
      { id: "no", label: "No", value: "no", next: "bye" },
    ],
    next: null,
  },
  { id: "thanks", type: "message", text: "Thanks", next: "bye" },
  { id: "bye", type: "message", text: "Bye" },
];

const table = (id: string, rows: ReportTable["rows"]): ReportTable => ({
  id,
  title: id,
  chart: id === "funnel" ? "funnel" : "none",
  columns: [],
  rows,
  notes: [],
});

const funnel = table("funnel", [
  {
    version: 2,
    cardId: "hello",
    card: "Hi",
    cardType: "message",
    reached: 10,
    continued: 8,
    dropped: 2,
    dropOffRate: 0.2,
  },
  {
    version: 2,
    cardId: "ab",
    card: "A/B",
    cardType: "split",
    reached: 8,
    continued: 8,
    dropped: 0,
    dropOffRate: 0,
  },
  {
    version: 2,
    cardId: "ask",
    card: "Shall we talk?",
    cardType: "question",
    reached: 8,
    continued: 5,
    dropped: 3,
    dropOffRate: 0.375,
  },
  {
    version: 2,
    cardId: "thanks",
    card: "Thanks",
    cardType: "message",
    reached: 3,
    continued: 3,
    dropped: 0,
    dropOffRate: 0,
  },
  // A card of another version: not on this canvas.
  {
    version: 1,
    cardId: "gone",
    card: "Old",
    cardType: "message",
    reached: 4,
    continued: 0,
    dropped: 4,
    dropOffRate: 1,
  },
]);

describe("the funnel on the cards", () => {
  it("gives every card of the version its row, and zeros to a card nobody reached", () => {
    const byCard = funnelOnCards(cards, funnel);
    expect([...byCard.keys()]).toEqual(["hello", "ab", "ask", "thanks", "bye"]);
    expect(byCard.get("ask")).toEqual({ reached: 8, continued: 5, dropped: 3, dropOffRate: 0.375 });
    expect(byCard.get("bye")).toEqual({ reached: 0, continued: 0, dropped: 0, dropOffRate: null });
    expect(byCard.has("gone")).toBe(false);
  });

  it("reads a missing table or odd cells as nobody, and a rate without a divisor as null", () => {
    expect(funnelOnCards(cards, undefined).get("hello")).toEqual({
      reached: 0,
      continued: 0,
      dropped: 0,
      dropOffRate: null,
    });
    const odd = table("funnel", [
      { cardId: "hello", reached: "ten", continued: null, dropped: 0, dropOffRate: null },
    ]);
    expect(funnelOnCards(cards, odd).get("hello")).toEqual({
      reached: 0,
      continued: 0,
      dropped: 0,
      dropOffRate: null,
    });
  });

  it("weighs a connector only where the report can tell how many went along it", () => {
    const byCard = funnelOnCards(cards, funnel);
    const splits = table("splits", [
      { splitCardId: "ab", branchId: "a", conversations: 5 },
      { splitCardId: "ab", branchId: "b", conversations: 3 },
    ]);
    expect(Object.fromEntries(edgeTraffic(cards, byCard, splits))).toEqual({
      // The only way on from "hello": everyone who continued.
      "hello next": 8,
      // The split's branches: the splits table's conversations.
      "ab branch:a": 5,
      "ab branch:b": 3,
      // "thanks" is reached by "Yes" only; "bye" by two connectors, so "No" stays unweighted.
      "ask answer:yes": 3,
      "thanks next": 3,
    });
  });

  it("gives a split's branches no traffic when the report has no row for them", () => {
    const traffic = edgeTraffic(cards, funnelOnCards(cards, funnel));
    expect(traffic.get("ab branch:a")).toBe(0);
    expect(traffic.get("ab branch:b")).toBe(0);
  });
});
