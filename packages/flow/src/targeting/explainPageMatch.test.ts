import { describe, expect, it } from "vitest";
import { explainPageMatch } from "./explainPageMatch";

describe("explainPageMatch", () => {
  it("selects every page when nothing is included, and names no pattern", () => {
    expect(explainPageMatch([], [], "https://example.com/anything")).toEqual({
      matches: true,
      validUrl: true,
      includedBy: null,
      excludedBy: null,
    });
  });

  it("names the include pattern that selects the page", () => {
    const result = explainPageMatch(["/blog/*", "/pricing*"], [], "https://example.com/pricing/teams");
    expect(result.matches).toBe(true);
    expect(result.includedBy).toBe("/pricing*");
  });

  it("does not select a page no include pattern matches", () => {
    const result = explainPageMatch(["/pricing*"], [], "https://example.com/about");
    expect(result).toMatchObject({ matches: false, includedBy: null, excludedBy: null });
  });

  it("lets an exclude pattern win over an include pattern", () => {
    const result = explainPageMatch(
      ["*.example.com/*"],
      ["/*?ref=partner"],
      "https://app.example.com/x?ref=partner",
    );
    expect(result).toMatchObject({
      matches: false,
      includedBy: "*.example.com/*",
      excludedBy: "/*?ref=partner",
    });
  });

  it("matches no pattern for a URL that cannot be read, and says so", () => {
    expect(explainPageMatch(["/pricing"], [], "example.com/pricing")).toMatchObject({
      matches: false,
      validUrl: false,
    });
    expect(explainPageMatch([], [], "example.com/pricing").validUrl).toBe(false);
  });
});
