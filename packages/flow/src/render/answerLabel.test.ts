import { describe, expect, it } from "vitest";
import type { RunOutput } from "../runner/runOutput";
import { answerLabel } from "./answerLabel";

const labels = { noMoreQuestions: "No more questions", accept: "Accept", decline: "Decline" };
const question: RunOutput = {
  type: "question",
  cardId: "q",
  text: [],
  buttons: [{ id: "seo", label: "Search Engine Optimization", value: "SEO" }],
  allowFreeText: true,
};

describe("what a visitor's reply shows as", () => {
  it("the label of the button whose value was sent; typed text as typed", () => {
    expect(answerLabel({ kind: "answer", value: "SEO" }, question, labels)).toBe(
      "Search Engine Optimization",
    );
    expect(answerLabel({ kind: "answer", value: "Something else" }, question, labels)).toBe("Something else");
    expect(answerLabel({ kind: "answer", value: "SEO" }, null, labels)).toBe("SEO");
    expect(answerLabel({ kind: "chat", text: "hello" }, question, labels)).toBe("hello");
  });

  it("consent choices with the card's labels or the translated defaults, and 'no more questions'", () => {
    const consent: RunOutput = { type: "consent", cardId: "c", text: [], acceptLabel: "Yes please" };
    expect(answerLabel({ kind: "consent", accepted: true }, consent, labels)).toBe("Yes please");
    expect(answerLabel({ kind: "consent", accepted: false }, consent, labels)).toBe("Decline");
    expect(answerLabel({ kind: "consent", accepted: true }, question, labels)).toBe("Accept");
    expect(answerLabel({ kind: "done" }, null, labels)).toBe("No more questions");
  });
});
