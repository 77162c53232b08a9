import { describe, expect, it } from "vitest";
import { matchUrlPattern } from "./matchUrlPattern";

const cases: [string, string, boolean][] = [
  ["/pricing", "https://shop.example.com/pricing", true],
  ["/pricing", "https://shop.example.com/pricing/", true],
  ["/pricing", "https://shop.example.com/pricing/enterprise", false],
  ["/pricing*", "https://shop.example.com/pricing/enterprise", true],
  ["/blog/*", "https://example.com/blog/hello-world", true],
  ["/blog/*", "https://example.com/news/blog/x", false],
  ["example.com", "https://example.com/any/page", true],
  ["example.com", "https://www.example.com/", false],
  ["*.example.com", "https://www.example.com/a", true],
  ["*.example.com", "https://example.com/a", true],
  ["*.example.com", "https://example.org/a", false],
  ["*.example.com/docs/*", "https://api.example.com/docs/v1", true],
  ["*.example.com/docs/*", "https://api.example.com/blog/v1", false],
  ["https://example.com/*", "http://example.com/x", false],
  ["EXAMPLE.com/*", "https://Example.COM/x", true],
  ["localhost:3000/demo", "http://localhost:3000/demo", true],
  ["localhost:3000/demo", "http://localhost:4000/demo", false],
  ["/pricing?utm_source=linkedin", "https://example.com/pricing?utm_source=linkedin&utm_medium=cpc", true],
  ["/pricing?utm_source=linkedin", "https://example.com/pricing?utm_medium=cpc&utm_source=LinkedIn", true],
  ["/pricing?utm_source=linkedin", "https://example.com/pricing?utm_source=google", false],
  ["/pricing?utm_source=linkedin", "https://example.com/pricing", false],
  ["/*?utm_campaign=spring*", "https://example.com/x?utm_campaign=spring-2026", true],
  ["/*?ref", "https://example.com/x?ref=", true],
  ["/*?ref", "https://example.com/x?other=1", false],
  ["/*?a=1&b=2", "https://example.com/x?b=2&a=1", true],
  ["/*?a=1&b=2", "https://example.com/x?a=1", false],
  ["/caf%C3%A9", "https://example.com/café", true],
  ["/a.b", "https://example.com/aXb", false],
  ["", "https://example.com/", false],
  ["/x", "not a url", false],
];

describe("URL targeting patterns", () => {
  for (const [pattern, url, expected] of cases) {
    it(`${pattern} ${expected ? "matches" : "does not match"} ${url}`, () => {
      expect(matchUrlPattern(pattern, url)).toBe(expected);
    });
  }
});
