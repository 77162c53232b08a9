import type { Stream } from "@parley/flow/stream";
import { cardTexts } from "./cardTexts";

/** One card that matches a search, with where it matched and the text around the match. */
export interface CardMatch {
  cardId: string;
  /** Where the match is, in words: "Name", "Text", "Button “Yes”", "Text (fr)" … */
  where: string;
  /** The matched text with a little context around it (plain text, never HTML). */
  snippet: string;
  /** The match inside `snippet`: start offset and length, to highlight it. */
  start: number;
  length: number;
}

const BEFORE = 30;
/** Combining marks: what NFD splits off accented letters. */
const MARKS = /\p{M}/gu;
const AFTER = 60;

/**
 * Case- and accent-insensitive form of `text` with the same length, so that offsets found in it
 * are offsets in `text` ("Éte" → "ete"). Folding the whole string is fast and keeps the length in
 * practice (each accented letter becomes its letter); only when it does not (a letter that
 * lower-cases to two) is it folded letter by letter.
 */
function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  const whole = text.normalize("NFD").replace(MARKS, "").toLowerCase();
  if (whole.length === text.length) return whole;
  let out = "";
  for (const ch of text) {
    const f = ch.normalize("NFD").replace(MARKS, "").toLowerCase();
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

function snippetOf(text: string, at: number, length: number): Omit<CardMatch, "cardId" | "where"> {
  const from = Math.max(0, at - BEFORE);
  const to = Math.min(text.length, at + length + AFTER);
  const head = from > 0 ? "…" : "";
  const body = text.slice(from, to).replace(/\s/g, " "); // one line; \s to " " keeps offsets
  return { snippet: `${head}${body}${to < text.length ? "…" : ""}`, start: head.length + at - from, length };
}

/**
 * The cards whose name, visible texts (answers, buttons, translations included), id or type
 * contain `query`, ignoring case and accents; in stream order, one match per card (the first
 * text that matches, in the order of cardTexts). An empty query matches nothing.
 */
export function searchCards(stream: Stream, query: string): CardMatch[] {
  const needle = fold(query.trim());
  if (needle === "") return [];
  const matches: CardMatch[] = [];
  for (const card of stream.cards) {
    for (const { where, text } of cardTexts(card, stream.translations)) {
      const at = fold(text).indexOf(needle);
      if (at < 0) continue;
      matches.push({ cardId: card.id, where, ...snippetOf(text, at, needle.length) });
      break;
    }
  }
  return matches;
}
