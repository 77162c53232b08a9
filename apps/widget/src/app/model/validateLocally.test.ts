import { describe, expect, it } from "vitest";
import { validateLocally } from "./validateLocally";

describe("answers checked before sending (same rules as the server)", () => {
  it("emails, phones and numbers", () => {
    expect(validateLocally("email", "ada@example.com")).toBeNull();
    expect(validateLocally("email", "ada@example")).toBe("invalid_email");
    expect(validateLocally("email", "nope")).toBe("invalid_email");
    expect(validateLocally("phone", "+33 1 23 45 67 89")).toBeNull();
    expect(validateLocally("phone", "12")).toBe("invalid_phone");
    expect(validateLocally("number", "12,5")).toBeNull();
    expect(validateLocally("number", "twelve")).toBe("invalid_number");
  });

  it("nothing typed is refused; long free text too", () => {
    expect(validateLocally(undefined, "   ")).toBe("required");
    expect(validateLocally("text", "x".repeat(1001))).toBe("too_long");
    expect(validateLocally(undefined, "Hello")).toBeNull();
  });
});
