import { describe, expect, it } from "vitest";
import { attributeRows } from "./attributeRows";

describe("attributeRows", () => {
  it("names known attributes in words, flattens groups and leaves out empty values", () => {
    expect(
      attributeRows({
        plan: "pro",
        utm: { source: "newsletter", medium: "" },
        language: "en-US",
        page: { url: "https://example.com/pricing" },
        tags: ["a", "b"],
        empty: {},
        device: "mobile",
      }),
    ).toEqual([
      ["Device", "mobile"],
      ["Language", "en-US"],
      ["UTM source", "newsletter"],
      ["plan", "pro"],
      ["Page", "https://example.com/pricing"],
      ["tags", "a, b"],
    ]);
  });
});
