import { describe, expect, it } from "vitest";
import { backoff } from "./backoff";

describe("reconnect backoff", () => {
  it("grows exponentially from 500 ms, is capped at 30 s, and is jittered within [half, full]", () => {
    expect(backoff(0, () => 0)).toBe(250);
    expect(backoff(0, () => 1)).toBe(500);
    expect(backoff(3, () => 0.5)).toBe(3000);
    expect(backoff(50, () => 1)).toBe(30_000);
    expect(backoff(50, () => 0)).toBe(15_000);
  });

  it("spreads visitors who lost the same server over the window", () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoff(4)));
    expect(delays.size).toBeGreaterThan(40);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(4000);
  });
});
