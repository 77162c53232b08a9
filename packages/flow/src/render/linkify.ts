import type { SafeText } from "../text/safeText";

// A URL runs to the next space; closing punctuation at its end belongs to the sentence.
const URL = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]}'"]/gi;

/**
 * A typed chat message as SafeText: its words (line breaks stay in the text: chat bubbles keep
 * white space) and its http(s) addresses as links — never any other scheme: `javascript:` stays
 * text. renderSafeText turns it into DOM nodes.
 */
export function linkify(text: string): SafeText {
  const out: SafeText = [];
  let at = 0;
  for (const match of text.matchAll(URL)) {
    const start = match.index ?? 0;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: match[0], href: match[0] });
    at = start + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
