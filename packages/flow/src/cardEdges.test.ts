import { describe, expect, it } from "vitest";
import type { Card } from "./card";
import { CARD_TYPES } from "./card";
import { cardEdges, cardTargets } from "./cardEdges";
import { connectCard } from "./connectCard";
import { generateStream } from "./testing/generateStream";

describe("cardEdges and connectCard", () => {
  const question: Card = {
    id: "q",
    type: "question",
    text: "?",
    answers: [
      { id: "y", label: "Yes", value: "yes", next: "a" },
      { id: "n", label: "No", value: "no" },
    ],
    next: "b",
  };

  it("lists a card's connectors with stable handles", () => {
    expect(cardEdges(question)).toEqual([
      { handle: "answer:y", label: "Yes", target: "a" },
      { handle: "answer:n", label: "No", target: undefined },
      { handle: "next", label: "Other answers", target: "b" },
    ]);
    expect(cardTargets(question)).toEqual(["a", "b"]);
    expect(cardEdges({ id: "l", type: "liveChat", routing: { strategy: "round_robin" } })).toEqual([
      { handle: "next", label: "Nothing may follow a live chat", target: undefined, forbidden: true },
    ]);
  });

  it("connects and disconnects a handle without touching the original", () => {
    const connected = connectCard(question, "answer:n", "c");
    expect(cardTargets(connected)).toEqual(["a", "c", "b"]);
    expect(cardTargets(question)).toEqual(["a", "b"]);
    expect(cardTargets(connectCard(connected, "next", null))).toEqual(["a", "c"]);
    expect(connectCard(question, "booked", "x")).toBe(question);
  });

  it("round-trips every handle of every card type", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      for (const card of generateStream(seed).cards) {
        seen.add(card.type);
        for (const edge of cardEdges(card)) {
          const moved = connectCard(card, edge.handle, "zz-target");
          expect(cardEdges(moved).find((e) => e.handle === edge.handle)?.target).toBe("zz-target");
        }
      }
    }
    expect([...seen].sort()).toEqual([...CARD_TYPES].sort());
  });
});
