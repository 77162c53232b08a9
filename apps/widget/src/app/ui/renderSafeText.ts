import { textRuns } from "@parley/flow/render/textRuns";
import type { SafeText } from "../model/types";

/** The two Document methods the renderer uses (tests pass a recording fake). */
export type NodeFactory = Pick<Document, "createElement" | "createTextNode">;

/**
 * DOM nodes for SafeText: text nodes, <strong>, <em>, <br> and <a rel="noopener noreferrer"
 * target="_blank"> — never parsed markup, so nothing a marketer or visitor wrote can run. Which runs,
 * breaks and links there are is the shared rule (packages/flow/src/render/textRuns.ts, the test
 * chat's too); a plain string is one text node; anything else renders as nothing.
 */
export function renderSafeText(
  text: SafeText | string | null | undefined,
  doc: NodeFactory = document,
): Node[] {
  return textRuns(text).map((run) => {
    if (!run) return doc.createElement("br");
    let node: Node = doc.createTextNode(run.text);
    for (const [flag, tag] of [
      [run.italic, "em"],
      [run.bold, "strong"],
    ] as const) {
      if (!flag) continue;
      const wrapper = doc.createElement(tag);
      wrapper.appendChild(node);
      node = wrapper;
    }
    if (run.href) {
      const link = doc.createElement("a");
      link.setAttribute("href", run.href);
      link.setAttribute("rel", "noopener noreferrer");
      link.setAttribute("target", "_blank");
      link.appendChild(node);
      node = link;
    }
    return node;
  });
}

/** The words only (line breaks as spaces): for the poke bubble. */
export function plainText(text: SafeText | null | undefined): string {
  return Array.isArray(text) ? text.map((s) => (s.text === "\n" ? " " : s.text)).join("") : "";
}
