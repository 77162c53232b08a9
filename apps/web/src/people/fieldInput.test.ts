import { describe, expect, it } from "vitest";
import { fieldInputOf, fieldValueOf, sameFieldInput } from "./fieldInput";

describe("field inputs", () => {
  it("shows stored values in their inputs", () => {
    expect(fieldInputOf("number", 3.5)).toBe("3.5");
    expect(fieldInputOf("boolean", true)).toBe(true);
    expect(fieldInputOf("boolean", null)).toBe(false);
    expect(fieldInputOf("date", null)).toBe("");
  });

  it("sends numbers as numbers, blanks as a cleared value, and anything else as typed for the server to judge", () => {
    expect(fieldValueOf("number", " 42 ")).toBe(42);
    expect(fieldValueOf("number", "-1.5e3")).toBe(-1500);
    expect(fieldValueOf("number", "lots")).toBe("lots");
    expect(fieldValueOf("text", "   ")).toBeNull();
    expect(fieldValueOf("boolean", false)).toBe(false);
    expect(fieldValueOf("date", "2026-05-01")).toBe("2026-05-01");
  });

  it("treats inputs that send the same value as unchanged", () => {
    expect(sameFieldInput("number", "42", "42.0")).toBe(true);
    expect(sameFieldInput("text", "Ada ", "Ada")).toBe(true);
    expect(sameFieldInput("text", "Ada", "Ida")).toBe(false);
  });
});
