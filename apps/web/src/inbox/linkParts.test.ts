import { describe, expect, it } from "vitest";
import { linkParts } from "./linkParts";

describe("linkParts", () => {
  it("makes http and https URLs links and keeps the words around them as text", () => {
    expect(linkParts("See https://example.com/pricing?a=1, or http://x.test.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.com/pricing?a=1", href: "https://example.com/pricing?a=1" },
      { kind: "text", text: ", or " },
      { kind: "link", text: "http://x.test", href: "http://x.test/" },
      { kind: "text", text: "." },
    ]);
  });

  it("links www. addresses over https", () => {
    expect(linkParts("go to www.example.com")).toEqual([
      { kind: "text", text: "go to " },
      { kind: "link", text: "www.example.com", href: "https://www.example.com/" },
    ]);
  });

  it("never links other schemes: javascript:, data: and mailto: stay text", () => {
    const text = 'javascript:alert(1) data:text/html,<script>x</script> mailto:a@b.c "><img src=x>';
    expect(linkParts(text)).toEqual([{ kind: "text", text }]);
  });

  it("keeps a closing parenthesis that belongs to the URL", () => {
    expect(linkParts("(https://en.wikipedia.org/wiki/Ada_(language))")[1]).toEqual({
      kind: "link",
      text: "https://en.wikipedia.org/wiki/Ada_(language)",
      href: "https://en.wikipedia.org/wiki/Ada_(language)",
    });
  });

  it("returns plain text whole when there is no link", () => {
    expect(linkParts("hello there")).toEqual([{ kind: "text", text: "hello there" }]);
    expect(linkParts("")).toEqual([]);
  });
});
