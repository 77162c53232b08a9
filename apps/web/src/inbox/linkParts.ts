/** A piece of a chat message: plain text, or a link that may be made clickable. */
export type LinkPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// Only http(s) URLs written out in full, or starting with "www.": anything else (javascript:, data:,
// mailto:) stays text, so nothing a visitor types can become a script link.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
// Punctuation that usually ends the sentence rather than the URL.
const TRAILING = ".,;:!?)]}'\"";

/**
 * Splits typed text into text and links. Each link's href is re-parsed with the URL API and kept only
 * when its protocol is http: or https:; the caller renders the text parts as text, never as HTML.
 */
export function linkParts(text: string): LinkPart[] {
  const parts: LinkPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const raw = trimTrailing(match[0]);
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "link", text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** Drops sentence punctuation from the end, but keeps a ")" whose "(" is inside the URL (Wikipedia links). */
function trimTrailing(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING.includes(raw[end - 1] ?? "")) {
    const kept = raw.slice(0, end);
    if (raw[end - 1] === ")" && count(kept, "(") >= count(kept, ")")) break;
    end--;
  }
  return raw.slice(0, end);
}

const count = (text: string, char: string) => text.split(char).length - 1;

function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw.toLowerCase().startsWith("www.") ? `https://${raw}` : raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null; // Not a URL after all: it stays text.
  }
}
