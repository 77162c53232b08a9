import type { SafeText } from "../text/safeText";
import { linkHref } from "./linkHref";

/** One piece of rendered text: words with their styles and link, or (`null`) a line break. */
export type TextRun = { text: string; bold?: boolean; italic?: boolean; href: string | null } | null;

/**
 * What SafeText renders as, DOM-free: its runs in order, a "\n" segment as a line break, a link only
 * where linkHref allows it, malformed segments left out. A plain string is one run. Renderers (the
 * widget's DOM, the test chat's React) turn runs into text nodes, <strong>, <em>, <br> and <a>
 * (the link outermost, bold outside italic) — never parsed markup.
 */
export function textRuns(text: SafeText | string | null | undefined): TextRun[] {
  if (typeof text === "string") return [{ text, href: null }];
  if (!Array.isArray(text)) return [];
  const runs: TextRun[] = [];
  for (const segment of text) {
    if (!segment || typeof segment.text !== "string") continue;
    runs.push(
      segment.text === "\n"
        ? null
        : { text: segment.text, bold: segment.bold, italic: segment.italic, href: linkHref(segment.href) },
    );
  }
  return runs;
}
