import { describe, expect, it } from "vitest";
import type { CaptureCard } from "../cards/capture";
import { isValidEmail, isValidPhone, validateCapture } from "./validateCapture";

const card = (extra: Partial<CaptureCard>): CaptureCard => ({
  id: "c",
  type: "capture",
  text: "?",
  kind: "text",
  ...extra,
});

describe("validateCapture", () => {
  it.each([
    "ada@example.com",
    "first.last+tag@sub.example.co.uk",
    "o'brien@example.ie",
    "x@xn--80ak6aa92e.com",
  ])("accepts the email %s", (email) => expect(isValidEmail(email)).toBe(true));

  it.each([
    "",
    "ada",
    "ada@",
    "@example.com",
    "ada@example",
    "ada@@example.com",
    "a da@example.com",
    "ada@exa_mple.com",
    ".ada@example.com",
    "ada..x@example.com",
    "ada@example.123",
    `${"a".repeat(65)}@example.com`,
    "<script>@x.com",
  ])("refuses the email %j", (email) => expect(isValidEmail(email)).toBe(false));

  it.each(["+1 555 0100", "+33 1 23 45 67 89", "(555) 123-4567", "0612345678", "+44.20.7946.0958"])(
    "accepts the phone %s",
    (phone) => expect(isValidPhone(phone)).toBe(true),
  );

  it.each(["call me", "123", "+1 555 0100 ext 5", "1234567890123456", "++15550100", "-5550100"])(
    "refuses the phone %j",
    (phone) => expect(isValidPhone(phone)).toBe(false),
  );

  it("normalises emails and whitespace", () => {
    expect(validateCapture(card({ kind: "email" }), "  Ada@Example.COM ")).toEqual({
      ok: true,
      value: "ada@example.com",
    });
    expect(validateCapture(card({ kind: "text" }), "  hello \n  world ")).toEqual({
      ok: true,
      value: "hello world",
    });
  });

  it("parses numbers, with a decimal comma too", () => {
    expect(validateCapture(card({ kind: "number" }), "-12.5")).toEqual({ ok: true, value: -12.5 });
    expect(validateCapture(card({ kind: "number" }), "3,25")).toEqual({ ok: true, value: 3.25 });
    expect(validateCapture(card({ kind: "number" }), "1e3")).toEqual({ ok: false, code: "invalid_number" });
    expect(validateCapture(card({ kind: "number" }), "12 apples")).toEqual({
      ok: false,
      code: "invalid_number",
    });
  });

  it("matches picklist answers to their option", () => {
    const picklist = card({ kind: "picklist", options: ["Small", "Large"] });
    expect(validateCapture(picklist, "large")).toEqual({ ok: true, value: "Large" });
    expect(validateCapture(picklist, "Medium")).toEqual({ ok: false, code: "invalid_option" });
  });

  it("limits text length", () => {
    expect(validateCapture(card({ validation: { maxLength: 5 } }), "123456")).toEqual({
      ok: false,
      code: "too_long",
    });
    expect(validateCapture(card({}), "x".repeat(1001))).toEqual({ ok: false, code: "too_long" });
    expect(validateCapture(card({}), "x".repeat(1000)).ok).toBe(true);
  });

  it("requires something", () => {
    for (const kind of ["email", "phone", "text", "number", "picklist"] as const) {
      expect(validateCapture(card({ kind }), "  ")).toEqual({ ok: false, code: "required" });
    }
  });
});
