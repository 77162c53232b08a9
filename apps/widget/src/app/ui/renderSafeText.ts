import type { SafeText } from "../model/types";

/** The two Document methods the renderer uses (tests pass a recording fake). */
export type NodeFactory = Pick<Document, "createElement" | "createTextNode">;

/** Links only to http(s) and mailto; anything else (javascript:, data:…) renders as plain text. */
export function safeHref(href: unknown): string | null {
  return typeof href === "string" && /^(https?:\/\/|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

/**
 * DOM nodes for SafeText: text nodes, <strong>, <em>, <br> and <a rel="noopener noreferrer"
 * target="_blank"> — never parsed markup, so nothing a marketer or visitor wrote can run. A plain
 * string renders as one text node; anything else renders as nothing.
 */
export function renderSafeText(
  text: SafeText | string | null | undefined,
  doc: NodeFactory = document,
): Node[] {
  if (typeof text === "string") return [doc.createTextNode(text)];
  if (!Array.isArray(text)) return [];
  const nodes: Node[] = [];
  for (const segment of text) {
    if (!segment || typeof segment.text !== "string") continue;
    if (segment.text === "\n") {
      nodes.push(doc.createElement("br"));
      continue;
    }
    let node: Node = doc.createTextNode(segment.text);
    for (const [flag, tag] of [
      [segment.italic, "em"],
      [segment.bold, "strong"],
    ] as const) {
      if (!flag) continue;
      const wrapper = doc.createElement(tag);
      wrapper.appendChild(node);
      node = wrapper;
    }
    const href = safeHref(segment.href);
    if (href) {
      const link = doc.createElement("a");
      link.setAttribute("href", href);
      link.setAttribute("rel", "noopener noreferrer");
      link.setAttribute("target", "_blank");
      link.appendChild(node);
      node = link;
    }
    nodes.push(node);
  }
  return nodes;
}

/** The words only (line breaks as spaces): for the poke bubble. */
export function plainText(text: SafeText | null | undefined): string {
  return Array.isArray(text) ? text.map((s) => (s.text === "\n" ? " " : s.text)).join("") : "";
}
