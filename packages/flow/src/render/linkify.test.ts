import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("links in typed chat messages", () => {
  it("makes only http(s) addresses links, without the sentence's closing punctuation", () => {
    expect(linkify("See https://shop.example.com/a?b=1. Or http://x.example/p), thanks")).toEqual([
      { text: "See " },
      { text: "https://shop.example.com/a?b=1", href: "https://shop.example.com/a?b=1" },
      { text: ". Or " },
      { text: "http://x.example/p", href: "http://x.example/p" },
      { text: "), thanks" },
    ]);
  });
  it("leaves every other scheme, and markup, as plain text", () => {
    for (const text of [
      "javascript:alert(1)",
      "data:text/html,<script>x</script>",
      "<a href=x>y</a>",
      "mailto:a@b.c",
    ])
      expect(linkify(text)).toEqual([{ text }]);
    expect(linkify('https://ok.example/"onmouseover=alert(1)')).toEqual([
      { text: "https://ok.example/", href: "https://ok.example/" },
      { text: '"onmouseover=alert(1)' },
    ]);
  });
});
