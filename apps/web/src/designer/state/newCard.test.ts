import { Card, CARD_TYPES } from "@parley/flow/card";
import { cardProblems } from "@parley/flow/validation/cardProblems";
import { describe, expect, it } from "vitest";
import { newCard, newItemId } from "./newCard";

describe("newCard", () => {
  it.each(CARD_TYPES)("makes a %s card the flow schema accepts", (type) => {
    const card = newCard(type, "new-card", { x: 10, y: 20 });
    expect(Card.safeParse(card).error).toBeUndefined();
    expect(card).toMatchObject({ id: "new-card", type, position: { x: 10, y: 20 } });
  });

  it("gives the visible cards words a visitor would read, so they are not born broken", () => {
    for (const type of [
      "message",
      "question",
      "capture",
      "meeting",
      "liveChat",
      "goal",
      "consent",
      "split",
      "answer",
    ] as const) {
      expect(cardProblems(newCard(type, "c")), type).toEqual([]);
    }
    const question = newCard("question", "q");
    expect(question.type === "question" && question.answers.map((a) => a.label)).toEqual([
      "Learn more",
      "Talk to someone",
    ]);
  });

  it("leaves what only the marketer can choose empty, for the validator to point at", () => {
    expect(cardProblems(newCard("flow", "f")).map((p) => p.code)).toEqual(["flow_without_id"]);
    expect(cardProblems(newCard("webhook", "w")).map((p) => p.code)).toEqual(["webhook_url_not_https"]);
  });

  it("numbers new answers and branches after the ones a card has", () => {
    expect(newItemId("a", ["a1", "a2"])).toBe("a3");
    expect(newItemId("a", ["a3", "x"])).toBe("a4");
    expect(newItemId("b", [])).toBe("b1");
  });
});
