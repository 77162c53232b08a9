import { parseTemplate } from "@parley/flow/text/parseTemplate";
import { escapeHtml } from "../../lib/escapeHtml";
import type { MeetingToken } from "./meetingTokens";

export type MeetingTokenValues = Partial<Record<MeetingToken, string | null>>;

/** Tokens whose value is a link (ours, or a validated http(s) URL): the HTML part makes them clickable. */
const LINK_TOKENS = new Set<string>(["meeting.videoUrl", "meeting.rescheduleUrl", "meeting.cancelUrl"]);

// C0/C1 control characters other than tab and newline never reach a mail (as in the flows' tokens).
// eslint-disable-next-line no-control-regex -- removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

interface Piece {
  text: string;
  href?: string;
}

function pieces(template: string, values: MeetingTokenValues): Piece[] {
  return parseTemplate(template).map((part) => {
    if (part.kind === "text") return { text: part.text };
    const raw = values[part.path as MeetingToken];
    const value = raw && raw.trim() !== "" ? raw : part.fallback;
    const text = value.replace(CONTROL, "").replace(/\r\n?/g, "\n");
    return LINK_TOKENS.has(part.path) && /^https?:\/\//i.test(text) && text === raw
      ? { text, href: text }
      : { text };
  });
}

/**
 * An invitation template with its tokens replaced (unknown tokens give their fallback, or nothing).
 * `text`: plain words, a line break where the template has one, at most one empty line in a row (a
 * token on its own line that is empty leaves no gap). `html`: everything typed — the marketer's text
 * and every value — escaped, line breaks as `<br>`, link tokens as links. `line`: one line, for a subject.
 */
export function renderMeetingTokens(
  template: string,
  values: MeetingTokenValues,
  format: "text" | "html" | "line",
): string {
  const parts = pieces(template, values);
  if (format === "line")
    return parts
      .map((p) => p.text)
      .join("")
      .replace(/\s+/g, " ")
      .trim();
  const joined = parts
    .map((p) => {
      if (format === "text") return p.text;
      return p.href ? `<a href="${escapeHtml(p.href)}">${escapeHtml(p.text)}</a>` : escapeHtml(p.text);
    })
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return format === "text" ? joined : joined.replace(/\n/g, "<br>\n");
}
