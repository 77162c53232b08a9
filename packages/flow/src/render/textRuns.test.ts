import { describe, expect, it } from "vitest";
import { textRuns } from "./textRuns";

describe("what SafeText renders as", () => {
  it("keeps words, styles and line breaks in order; links only where linkHref allows", () => {
    expect(
      textRuns([
        { text: "Hi ", bold: true },
        { text: "\n" },
        { text: "docs", href: "https://docs.example.com" },
        { text: "evil", href: "javascript:alert(1)", italic: true },
      ]),
    ).toEqual([
      { text: "Hi ", bold: true, italic: undefined, href: null },
      null,
      { text: "docs", bold: undefined, italic: undefined, href: "https://docs.example.com" },
      { text: "evil", bold: undefined, italic: true, href: null },
    ]);
  });

  it("a plain string is one run, markup included as text; anything else renders as nothing", () => {
    expect(textRuns("<b>hi</b>")).toEqual([{ text: "<b>hi</b>", href: null }]);
    expect(textRuns(null)).toEqual([]);
    expect(textRuns([{ bold: true } as never, null as never])).toEqual([]);
  });
});
