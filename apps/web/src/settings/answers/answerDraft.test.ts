import type { Answer } from "@parley/protocol/library";
import { describe, expect, it } from "vitest";
import { answerProblems, filterAnswers, keywordsOf } from "./answerDraft";

const answer = (question: string, text: string, keywords: string[] = []): Answer => ({
  id: question,
  siteId: "s",
  question,
  answer: text,
  keywords,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});

describe("answer drafts", () => {
  it("splits keywords on commas, without empties or repeats", () => {
    expect(keywordsOf(" price, cost ,,Price, plans ")).toEqual(["price", "cost", "plans"]);
  });

  it("says what is missing or too long, in words", () => {
    expect(answerProblems({ question: "Hi", answer: " ", keywords: "" })).toEqual({
      question: "Write the question (at least 3 characters)",
      answer: "Write the answer visitors get",
    });
    expect(
      answerProblems({ question: "How much?", answer: "x".repeat(5001), keywords: "a".repeat(61) }),
    ).toEqual({
      answer: "At most 5000 characters",
      keywords: "Each keyword at most 60 characters",
    });
    expect(answerProblems({ question: "How much?", answer: "From $10.", keywords: "price" })).toEqual({});
  });

  it("filters the list by every word typed, across question, answer and keywords", () => {
    const list = [
      answer("How much is it?", "From $10 a month", ["pricing"]),
      answer("Do you ship abroad?", "Yes"),
    ];
    expect(filterAnswers(list, "PRICING month").map((a) => a.id)).toEqual(["How much is it?"]);
    expect(filterAnswers(list, "  ")).toHaveLength(2);
    expect(filterAnswers(list, "ship nothing")).toEqual([]);
  });
});
