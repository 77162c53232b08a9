import { describe, expect, it } from "vitest";
import { renderText } from "./renderText";
import { resolveTokens } from "./resolveTokens";
import type { SafeText } from "./safeText";
import { SafeText as SafeTextSchema, safeTextToPlain } from "./safeText";
import type { TokenContext } from "./tokenContext";

const ctx: TokenContext = {
  person: { firstName: "Ada", email: "ada@example.com", seats: 12, tags: ["vip", "beta"] },
  company: { name: "Acme" },
  agent: { name: "Grace" },
  visitor: { page: { url: "https://example.com/pricing" }, utm: { source: "linkedin" } },
};

const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "**bold** _it_ [link](https://evil.example)",
];

/** No segment can carry anything but text, styles and an http(s)/mailto href. */
function expectInert(text: SafeText) {
  expect(SafeTextSchema.parse(text)).toEqual(text);
  for (const segment of text) {
    expect(Object.keys(segment).every((k) => ["text", "bold", "italic", "href"].includes(k))).toBe(true);
    if (segment.href !== undefined) expect(segment.href).toMatch(/^(https?|mailto):/);
  }
}

describe("tokens", () => {
  it("resolves person, company, agent and visitor tokens", () => {
    expect(resolveTokens("{{person.firstName}} from {{company.name}} talks to {{agent.name}}", ctx)).toBe(
      "Ada from Acme talks to Grace",
    );
    expect(resolveTokens("{{ visitor.page.url }} via {{visitor.utm.source}}", ctx)).toBe(
      "https://example.com/pricing via linkedin",
    );
    expect(resolveTokens("{{person.seats}} seats, tags {{person.tags}}", ctx)).toBe(
      "12 seats, tags vip, beta",
    );
  });

  it("uses the fallback for unknown or empty values, in any quoting", () => {
    expect(resolveTokens('Hi {{person.lastName | "there"}}!', ctx)).toBe("Hi there!");
    expect(resolveTokens("Hi {{person.lastName | 'you'}}!", ctx)).toBe("Hi you!");
    expect(resolveTokens("Hi {{person.lastName | friend }}!", ctx)).toBe("Hi friend!");
    expect(resolveTokens('Hi {{person.firstName | "there"}}!', { person: { firstName: "  " } })).toBe(
      "Hi there!",
    );
    expect(resolveTokens('Hi {{person.firstName | "there"}}!', {})).toBe("Hi there!");
  });

  it("gives unknown tokens their fallback or nothing", () => {
    expect(resolveTokens("[{{secret.apiKey}}]", ctx)).toBe("[]");
    expect(resolveTokens('[{{process.env | "n/a"}}]', ctx)).toBe("[n/a]");
    expect(resolveTokens("[{{person}}]", ctx)).toBe("[]");
    expect(resolveTokens("[{{person.__proto__}}{{person.constructor}}]", ctx)).toBe("[]");
  });

  it("leaves text that only looks like a token alone", () => {
    expect(resolveTokens("{{ not a token }} and {single}", ctx)).toBe("{{ not a token }} and {single}");
  });
});

describe("renderText: light formatting", () => {
  it("returns plain text as one segment", () => {
    expect(renderText("Hello there 👋", ctx)).toEqual([{ text: "Hello there 👋" }]);
  });

  it("renders bold, italic, and both", () => {
    expect(renderText("a **b** _c_ **_d_**", ctx)).toEqual([
      { text: "a " },
      { text: "b", bold: true },
      { text: " " },
      { text: "c", italic: true },
      { text: " " },
      { text: "d", bold: true, italic: true },
    ]);
  });

  it("leaves underscores inside words and unmatched markers as text", () => {
    expect(renderText("snake_case_name and 2*3 and **open", ctx)).toEqual([
      { text: "snake_case_name and 2*3 and **open" },
    ]);
  });

  it("renders http, https and mailto links, formatting inside the label", () => {
    expect(
      renderText("See [the **docs**](https://example.com/docs) or [mail](mailto:hi@example.com)", ctx),
    ).toEqual([
      { text: "See " },
      { text: "the ", href: "https://example.com/docs" },
      { text: "docs", bold: true, href: "https://example.com/docs" },
      { text: " or " },
      { text: "mail", href: "mailto:hi@example.com" },
    ]);
    expect(renderText("[wiki](https://en.wikipedia.org/wiki/Foo_(bar))", ctx)).toEqual([
      { text: "wiki", href: "https://en.wikipedia.org/wiki/Foo_(bar)" },
    ]);
  });

  it("turns line breaks into their own segments", () => {
    expect(renderText("one\ntwo\r\nthree", ctx)).toEqual([
      { text: "one" },
      { text: "\n" },
      { text: "two" },
      { text: "\n" },
      { text: "three" },
    ]);
  });

  it("lets a backslash escape a marker", () => {
    expect(renderText("\\*\\*not bold\\*\\* and \\[not](https://x.com)", ctx)).toEqual([
      { text: "**not bold** and [not](https://x.com)" },
    ]);
  });

  it("formats around tokens, never the token values", () => {
    expect(renderText('Hi **{{person.firstName | "there"}}**', ctx)).toEqual([
      { text: "Hi " },
      { text: "Ada", bold: true },
    ]);
    expect(renderText("[Visit {{company.name}}](https://example.com)", ctx)).toEqual([
      { text: "Visit Acme", href: "https://example.com/" },
    ]);
  });

  it("gives plain words back for transcripts", () => {
    expect(safeTextToPlain(renderText("**Hi** _{{person.firstName}}_\n[docs](https://x.com)", ctx))).toBe(
      "Hi Ada\ndocs",
    );
  });
});

describe("renderText: nothing can execute", () => {
  it.each(HOSTILE)("marketer text %s stays inert", (template) => {
    const text = renderText(template, ctx);
    expectInert(text);
  });

  it("keeps markup in marketer text as literal text", () => {
    expect(renderText("<script>alert(1)</script>", ctx)).toEqual([{ text: "<script>alert(1)</script>" }]);
    expect(renderText("<img src=x onerror=alert(1)>", ctx)).toEqual([
      { text: "<img src=x onerror=alert(1)>" },
    ]);
    expect(renderText("[x](javascript:alert(1))", ctx)).toEqual([{ text: "[x](javascript:alert(1))" }]);
  });

  it("refuses javascript:, data: and other link schemes", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:x",
      "//evil.com",
      "/relative",
      "java\tscript:x",
    ]) {
      const text = renderText(`[x](${url})`, ctx);
      expect(text.every((s) => s.href === undefined)).toBe(true);
      expect(safeTextToPlain(text)).toBe(`[x](${url})`);
    }
  });

  it.each(HOSTILE)("visitor value %s is inserted as plain text, with no formatting or link", (value) => {
    const text = renderText("Thanks, {{person.firstName}}!", { person: { firstName: value } });
    expect(text).toEqual([{ text: `Thanks, ${value}!` }]);
    expectInert(text);
  });

  it("cannot build a link from a visitor value placed in a link's URL", () => {
    const text = renderText("[profile]({{person.website}})", { person: { website: "javascript:alert(1)" } });
    expect(text).toEqual([{ text: "[profile](javascript:alert(1))" }]);
    const safe = renderText("[profile]({{person.website}})", { person: { website: "https://ok.example" } });
    expect(safe.every((s) => s.href === undefined)).toBe(true);
  });

  it("drops control characters from token values", () => {
    expect(renderText("[{{person.firstName}}]", { person: { firstName: "A\u0000d\u001ba" } })).toEqual([
      { text: "[Ada]" },
    ]);
  });
});
