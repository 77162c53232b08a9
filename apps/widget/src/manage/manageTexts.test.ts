import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../shared/pickLanguage";
import { manageProblem } from "./manageProblem";
import { MANAGE_TEXTS } from "./manageTexts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the manage page's texts", () => {
  it("every language has every text, with the same placeholders, translated", () => {
    const en = MANAGE_TEXTS.en;
    for (const language of LANGUAGES) {
      const texts = MANAGE_TEXTS[language];
      expect(Object.keys(texts).sort(), language).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[])
        expect(placeholders(texts[key]), `${language} ${key}`).toEqual(placeholders(en[key]));
      if (language !== "en") expect(texts.cancel, language).not.toBe(en.cancel);
    }
  });
});

describe("what the visitor is told when the server refuses", () => {
  it("an expired link, an invalid one, a time just taken, a cancelled meeting, anything else", () => {
    expect(
      manageProblem({ ok: false, status: 400, code: "bad_request", details: { reason: "expired" } }),
    ).toBe("expired");
    expect(
      manageProblem({ ok: false, status: 400, code: "bad_request", details: { reason: "invalid_token" } }),
    ).toBe("invalid");
    expect(manageProblem({ ok: false, status: 400, code: "validation_failed" })).toBe("invalid");
    expect(manageProblem({ ok: false, status: 404, code: "not_found" })).toBe("invalid");
    expect(manageProblem({ ok: false, status: 409, code: "slot_taken" })).toBe("taken");
    expect(
      manageProblem({ ok: false, status: 409, code: "conflict", details: { reason: "cancelled" } }),
    ).toBe("wasCancelled");
    expect(manageProblem({ ok: false, status: 409, code: "conflict" })).toBe("noChange");
    expect(manageProblem({ ok: false, status: 0 })).toBe("failed");
    expect(manageProblem({ ok: false, status: 500, code: "internal" })).toBe("failed");
  });
});
