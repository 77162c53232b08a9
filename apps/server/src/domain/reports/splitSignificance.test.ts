import { describe, expect, it } from "vitest";
import { normalCdf, significanceNote, twoProportionPValue } from "./splitSignificance";

describe("A/B split significance", () => {
  it("computes the two-sided p-value of a two-proportion z-test", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    // 60/100 vs 40/100: pooled 0.5, z = 0.2 / √(0.25·0.02) = 2.828…, p = 0.00468.
    expect(twoProportionPValue({ name: "A", n: 100, x: 60 }, { name: "B", n: 100, x: 40 })).toBeCloseTo(
      0.00468,
      5,
    );
    expect(twoProportionPValue({ name: "A", n: 0, x: 0 }, { name: "B", n: 10, x: 4 })).toBeNull();
    // Everyone completed in both branches: no variance, nothing to test.
    expect(twoProportionPValue({ name: "A", n: 50, x: 50 }, { name: "B", n: 40, x: 40 })).toBeNull();
  });

  it("says in plain words whether a branch differs, or that the sample is too small", () => {
    const base = { name: "Short", n: 100, x: 40 };
    expect(significanceNote("Opener", "completion", base, { name: "Long", n: 100, x: 60 })).toBe(
      "Opener, completion: Long vs Short: 60.0% vs 40.0%, a significant difference (p = 0.005, two-proportion z-test).",
    );
    expect(significanceNote("Opener", "completion", base, { name: "Long", n: 100, x: 45 })).toBe(
      "Opener, completion: Long vs Short: 45.0% vs 40.0%, not a significant difference (p = 0.474); it may be chance.",
    );
    expect(significanceNote("Opener", "completion", base, { name: "Long", n: 29, x: 20 })).toMatch(
      /^Opener, completion: Long vs Short: too few conversations to tell \(100 and 29;/,
    );
    // Enough conversations but only 3 completions: still too few to tell.
    expect(significanceNote("Opener", "completion", base, { name: "Long", n: 80, x: 3 })).toMatch(/too few/);
  });
});
