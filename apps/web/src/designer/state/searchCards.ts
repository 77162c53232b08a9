import type { Stream } from "@parley/flow/stream";

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

/** Cards whose name, id, type or any visible text (translations included) contains `query`. SEAM. */
export function searchCards(stream: Stream, query: string): CardMatch[] {
  void stream;
  void query;
  return [];
}
