import { describe, expect, it } from "vitest";
import { formatCountdown, secondsLeft } from "./secondsLeft";

describe("secondsLeft", () => {
  const expiresAt = "2026-01-05T10:01:40.000Z";
  it("counts whole seconds to the expiry on the clock it is given, never below zero", () => {
    expect(secondsLeft(expiresAt, Date.parse("2026-01-05T10:00:00.000Z"))).toBe(100);
    expect(secondsLeft(expiresAt, Date.parse("2026-01-05T10:01:39.200Z"))).toBe(1);
    expect(secondsLeft(expiresAt, Date.parse("2026-01-05T10:05:00.000Z"))).toBe(0);
    expect(formatCountdown(83)).toBe("1:23");
    expect(formatCountdown(5)).toBe("0:05");
  });
});
