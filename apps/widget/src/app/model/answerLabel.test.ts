import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { answerLabel } from "./answerLabel";
import type { ConversationMessage } from "./types";

const question: ConversationMessage = {
  seq: 1,
  author: "bot",
  createdAt: "",
  body: {
    type: "question",
    cardId: "q",
    text: [],
    buttons: [{ id: "seo", label: "Search Engine Optimization", value: "SEO" }],
    allowFreeText: true,
  },
};

describe("what a visitor's answer shows as", () => {
  it("the label of the button whose value was sent; typed text as typed", () => {
    expect(answerLabel({ kind: "answer", value: "SEO" }, [question], en)).toBe("Search Engine Optimization");
    expect(answerLabel({ kind: "answer", value: "Something else" }, [question], en)).toBe("Something else");
  });

  it("consent choices with the card's labels or the translated defaults, and 'no more questions'", () => {
    const consent: ConversationMessage = {
      seq: 1,
      author: "bot",
      createdAt: "",
      body: { type: "consent", cardId: "c", text: [], acceptLabel: "Yes please" },
    };
    expect(answerLabel({ kind: "consent", accepted: true }, [consent], en)).toBe("Yes please");
    expect(answerLabel({ kind: "consent", accepted: false }, [consent], en)).toBe(en.decline);
    expect(answerLabel({ kind: "done" }, [], en)).toBe(en.noMoreQuestions);
  });
});
