import { parseTemplate } from "@parley/flow/text/parseTemplate";

/**
 * `{{path | "fallback"}}` as the flow package parses it. Characters a quoted fallback cannot hold
 * (`"`, `{`, `}`) are dropped, so the token always parses back to the same path and fallback.
 */
export function formatToken(path: string, fallback: string): string {
  const clean = fallback.replace(/["{}]/g, "").trim();
  return clean === "" ? `{{${path}}}` : `{{${path} | "${clean}"}}`;
}

export interface TextWithCaret {
  text: string;
  /** Where the caret goes: just after the inserted token. */
  caret: number;
}

/**
 * `token` inserted into `text` at the caret, replacing the selected text (`start`..`end`). A caret
 * inside an existing token moves past it, so a token is never split in two.
 */
export function insertToken(text: string, start: number, end: number, token: string): TextWithCaret {
  const { from, to } = insertionRange(text, start, end);
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

/** The part of `text` a token inserted at the selection replaces (see insertToken). */
export function insertionRange(text: string, start: number, end: number): { from: number; to: number } {
  let from = clamp(Math.min(start, end), text.length);
  let to = clamp(Math.max(start, end), text.length);
  for (const span of tokenSpans(text)) {
    if (from > span.start && from < span.end) from = span.end;
    if (to > span.start && to < span.end) to = span.end;
  }
  return { from, to: Math.max(from, to) };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(Number.isFinite(n) ? n : max, max));

/** Where each token of the template starts and ends (by UTF-16 index, like a textarea's selection). */
export function tokenSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let index = 0;
  for (const part of parseTemplate(text)) {
    const length = part.kind === "text" ? part.text.length : tokenLength(text, index);
    if (part.kind === "token") spans.push({ start: index, end: index + length });
    index += length;
  }
  return spans;
}

function tokenLength(text: string, start: number): number {
  const close = text.indexOf("}}", start);
  return close < 0 ? text.length - start : close + 2 - start;
}
