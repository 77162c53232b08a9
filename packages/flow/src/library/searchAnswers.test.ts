import { describe, expect, it } from "vitest";
import { searchAnswers } from "./searchAnswers";

const library = [
  {
    id: "price",
    question: "How much does Parley cost?",
    answer: "Plans start at $49 per month.",
    keywords: ["pricing", "plans"],
  },
  {
    id: "sso",
    question: "Do you support single sign-on?",
    answer: "Yes, SAML and OIDC on the Business plan.",
    keywords: ["SSO", "SAML"],
  },
  {
    id: "gdpr",
    question: "Is Parley GDPR compliant?",
    answer: "Yes. Data stays in the EU region you choose.",
    keywords: ["privacy"],
  },
  {
    id: "trial",
    question: "Is there a free trial?",
    answer: "Fourteen days, no card needed.",
    keywords: ["trial"],
  },
];

describe("answer library search", () => {
  it("finds the answer by question words", () => {
    expect(searchAnswers(library, "what is the price?")[0]?.answer.id).toBe("price");
    expect(searchAnswers(library, "free trial available?")[0]?.answer.id).toBe("trial");
  });

  it("uses keywords and stems", () => {
    expect(searchAnswers(library, "tell me about your pricing")[0]?.answer.id).toBe("price");
    expect(searchAnswers(library, "SAML login")[0]?.answer.id).toBe("sso");
  });

  it("tolerates typos", () => {
    expect(searchAnswers(library, "is it GDRP compliant")[0]?.answer.id).toBe("gdpr");
    expect(searchAnswers(library, "sigle sign on")[0]?.answer.id).toBe("sso");
  });

  it("returns nothing when nothing is close enough", () => {
    expect(searchAnswers(library, "can I bring my dog to the office")).toEqual([]);
    expect(searchAnswers(library, "the and of")).toEqual([]);
  });

  it("limits and orders by score", () => {
    const results = searchAnswers(library, "plan pricing sso", 2);
    expect(results).toHaveLength(2);
    expect(results[0]?.score).toBeGreaterThanOrEqual(results[1]?.score ?? 0);
  });
});
