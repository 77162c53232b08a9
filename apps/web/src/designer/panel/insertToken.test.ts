import { parseTemplate } from "@parley/flow/text/parseTemplate";
import { resolveTokens } from "@parley/flow/text/resolveTokens";
import type { FieldDefinition } from "@parley/protocol/fields";
import { describe, expect, it } from "vitest";
import { formatToken, insertToken } from "./insertToken";
import { tokenCatalog } from "./tokenCatalog";

describe("formatToken", () => {
  it("writes the fallback the way the flow package reads it", () => {
    const token = formatToken("person.firstName", "there");
    expect(token).toBe('{{person.firstName | "there"}}');
    expect(resolveTokens(`Hi ${token}!`, {})).toBe("Hi there!");
    expect(resolveTokens(`Hi ${token}!`, { person: { firstName: "Ada" } })).toBe("Hi Ada!");
  });

  it("leaves the fallback out when empty and drops characters a fallback cannot hold", () => {
    expect(formatToken("company.name", "  ")).toBe("{{company.name}}");
    const token = formatToken("person.firstName", 'my "friend"}');
    expect(parseTemplate(token)).toEqual([
      { kind: "token", path: "person.firstName", fallback: "my friend" },
    ]);
  });
});

describe("insertToken", () => {
  it("inserts at the caret and puts the caret after the token", () => {
    expect(insertToken("Hi !", 3, 3, "{{person.firstName}}")).toEqual({
      text: "Hi {{person.firstName}}!",
      caret: 23,
    });
  });

  it("replaces the selection, whichever way it was made", () => {
    expect(insertToken("Hi NAME!", 7, 3, "{{x.y}}").text).toBe("Hi {{x.y}}!");
  });

  it("never splits an existing token: a caret inside one moves past it", () => {
    const text = 'Hi {{person.firstName | "there"}}';
    expect(insertToken(text, 8, 8, " {{company.name}}").text).toBe(
      'Hi {{person.firstName | "there"}} {{company.name}}',
    );
  });

  it("clamps a caret outside the text to its end", () => {
    expect(insertToken("Hi", 99, 99, "!")).toEqual({ text: "Hi!", caret: 3 });
  });
});

describe("tokenCatalog", () => {
  const field = (entity: "person" | "company", key: string, label: string): FieldDefinition => ({
    id: key,
    siteId: "s",
    entity,
    key,
    label,
    type: "text",
    options: [],
    builtIn: true,
  });

  it("offers the site's person and company fields, the agent and the visit, each one resolvable", () => {
    const groups = tokenCatalog([
      field("person", "firstName", "First name"),
      field("company", "name", "Name"),
    ]);
    expect(groups.map((g) => g.root)).toEqual(["person", "company", "agent", "visitor"]);
    expect(groups[0]?.tokens).toEqual([{ path: "person.firstName", label: "First name" }]);
    const context = {
      person: { firstName: "Ada" },
      company: { name: "Acme" },
      agent: { name: "Grace", email: "g@x.example" },
      visitor: {
        page: { url: "https://x.example/" },
        referrer: "r",
        device: "mobile",
        language: "fr",
        timezone: "Europe/Paris",
        country: "FR",
        utm: { source: "s", medium: "m", campaign: "c", term: "t", content: "k" },
      },
    };
    for (const token of groups.flatMap((g) => g.tokens)) {
      expect(resolveTokens(`{{${token.path}}}`, context), token.path).not.toBe("");
    }
  });
});
