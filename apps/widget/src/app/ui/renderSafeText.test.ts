import { describe, expect, it } from "vitest";
import { type NodeFactory, renderSafeText } from "./renderSafeText";

/** A recording stand-in for `document`: elements that refuse any markup parsing. */
type FakeNode = { tag: string; text?: string; attributes: Record<string, string>; children: FakeNode[] };
const ALLOWED = new Set(["#text", "br", "em", "strong", "a"]);

function fakeDocument(): NodeFactory {
  const node = (tag: string, text?: string): FakeNode => {
    const created: FakeNode & Record<string, unknown> = { tag, text, attributes: {}, children: [] };
    Object.assign(created, {
      appendChild(child: FakeNode) {
        created.children.push(child);
        return child;
      },
      setAttribute(name: string, value: string) {
        created.attributes[name] = value;
      },
    });
    for (const forbidden of ["innerHTML", "outerHTML", "insertAdjacentHTML"])
      Object.defineProperty(created, forbidden, {
        set: () => {
          throw new Error(`${forbidden} must never be used`);
        },
        get: () => {
          throw new Error(`${forbidden} must never be used`);
        },
      });
    return created;
  };
  return {
    createElement: (tag: string) => node(tag),
    createTextNode: (text: string) => node("#text", text),
  } as unknown as NodeFactory;
}

const flatten = (nodes: FakeNode[]): FakeNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
const textOf = (nodes: FakeNode[]): string =>
  nodes.map((n) => (n.tag === "#text" ? n.text : n.tag === "br" ? "\n" : textOf(n.children))).join("");

describe("SafeText rendering", () => {
  it("renders bold, italic, links and line breaks as DOM nodes, nothing else", () => {
    const nodes = renderSafeText(
      [
        { text: "Hello " },
        { text: "Ada", bold: true, italic: true },
        { text: "\n" },
        { text: "docs", href: "https://example.com/docs" },
      ],
      fakeDocument(),
    ) as unknown as FakeNode[];
    expect(nodes.map((n) => n.tag)).toEqual(["#text", "strong", "br", "a"]);
    expect(nodes[1]?.children[0]?.tag).toBe("em");
    expect(nodes[3]?.attributes).toEqual({
      href: "https://example.com/docs",
      rel: "noopener noreferrer",
      target: "_blank",
    });
    expect(textOf(nodes)).toBe("Hello Ada\ndocs");
  });

  it("never creates markup from text, whatever the text says", () => {
    const attack =
      '<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>';
    const nodes = renderSafeText(
      [
        { text: attack },
        { text: "click", href: "javascript:alert(4)" },
        { text: "data", href: "data:text/html,<b>" },
      ],
      fakeDocument(),
    ) as unknown as FakeNode[];
    for (const n of flatten(nodes)) expect(ALLOWED.has(n.tag)).toBe(true);
    expect(flatten(nodes).filter((n) => n.tag === "a")).toHaveLength(0);
    expect(textOf(nodes)).toBe(`${attack}clickdata`);
  });

  it("renders a plain string as one text node and anything malformed as nothing", () => {
    expect((renderSafeText("<b>hi</b>", fakeDocument()) as unknown as FakeNode[]).map((n) => n.text)).toEqual(
      ["<b>hi</b>"],
    );
    expect(renderSafeText(null, fakeDocument())).toEqual([]);
    expect(renderSafeText([{ bold: true } as never, null as never], fakeDocument())).toEqual([]);
  });
});
