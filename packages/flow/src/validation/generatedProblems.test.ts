import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import { cardEdges } from "../cardEdges";
import { connectCard } from "../connectCard";
import { initialRunState } from "../runner/runState";
import { runStep } from "../runner/runStep";
import { buildRunContext } from "../testing/buildRunContext";
import { generateStream } from "../testing/generateStream";
import { validateStream } from "../validateStream";
import { waitsForVisitor } from "../waitsForVisitor";

const PASS_THROUGH = new Set(["message", "goal", "action", "branch", "content", "split"]);

describe("validateStream on broken generated streams (property-style)", () => {
  it("finds a loop that never waits, and the runner stops on it instead of hanging", () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const stream = generateStream(seed);
      // Cards that never stop at all (webhook and flow cards stop for the server; the validator
      // still refuses loops through them, checked below with the other non-waiting cards).
      const index = stream.cards.findIndex((c) => PASS_THROUGH.has(c.type) && cardEdges(c).length > 0);
      if (index < 0) continue;
      const card = stream.cards[index]!;
      const looped: Card[] = stream.cards.map((c, i) =>
        i === index ? cardEdges(card).reduce((acc, edge) => connectCard(acc, edge.handle, card.id), card) : c,
      );
      const broken = { ...stream, cards: looped };
      const problems = validateStream(broken);
      expect(problems, `seed ${seed}`).toContainEqual(
        expect.objectContaining({ code: "loop_without_input", cardId: card.id }),
      );
      expect(waitsForVisitor(card)).toBe(false);

      // Starting right at the looping card must end in a clean failure.
      const result = runStep(
        { ...broken, startCardId: card.id },
        initialRunState(),
        { kind: "start" },
        buildRunContext(),
      );
      expect(result.state.status, `seed ${seed}`).toBe("failed");
      expect(result.outputs.at(-1)).toEqual({ type: "error", code: "step_budget_exceeded" });
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("refuses loops through cards that wait only for the server", () => {
    for (const type of ["webhook", "flow"] as const) {
      const card: Card =
        type === "webhook"
          ? { id: "x", type, url: "https://hooks.example.com", success: "x", failure: "x" }
          : { id: "x", type, flowId: "f", next: "x" };
      expect(
        validateStream({ schemaVersion: 1, startCardId: "x", cards: [card] }).map((p) => p.code),
      ).toEqual(["loop_without_input"]);
    }
  });

  it("finds every dangling edge left by deleting a card", () => {
    let checked = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const stream = generateStream(seed);
      if (stream.cards.length < 3) continue;
      const victim = stream.cards[stream.cards.length - 1]!;
      const cards = stream.cards.filter((c) => c !== victim);
      const problems = validateStream({ ...stream, cards });
      const holders = cards.filter((c) => cardEdges(c).some((e) => e.target === victim.id)).map((c) => c.id);
      expect(holders.length, `seed ${seed}`).toBeGreaterThan(0);
      expect(
        problems.filter((p) => p.code === "dangling_edge").map((p) => p.cardId),
        `seed ${seed}`,
      ).toEqual(expect.arrayContaining(holders));
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
