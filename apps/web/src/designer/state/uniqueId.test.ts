import { describe, expect, it } from "vitest";
import { uniqueId } from "./uniqueId";

describe("uniqueId", () => {
  it("keeps a free id and numbers taken ones from their stem", () => {
    expect(uniqueId("ask", new Set(["bye"]))).toBe("ask");
    expect(uniqueId("ask", new Set(["ask"]))).toBe("ask-2");
    expect(uniqueId("ask-2", new Set(["ask", "ask-2"]))).toBe("ask-3");
    expect(uniqueId("ask", new Set(["ask", "ask-2", "ask-3"]))).toBe("ask-4");
  });

  it("makes a valid card id of anything", () => {
    expect(uniqueId("a b/c", new Set())).toBe("a-b-c");
    expect(uniqueId("", new Set())).toBe("card");
    expect(uniqueId("x".repeat(100), new Set()).length).toBeLessThanOrEqual(64);
    expect(uniqueId("x".repeat(100), new Set(["x".repeat(56)]))).toBe(`${"x".repeat(56)}-2`);
  });
});
