import { Readable } from "node:stream";
import { CsvError, type Options, parse } from "csv-parse";

/**
 * How Parley reads CSV (RFC 4180, a header row first): a leading BOM dropped, rows of any length,
 * strict quotes, and a cap on one record so an unclosed quote cannot buffer a whole file.
 */
export const CSV_READ_OPTIONS = {
  bom: true,
  relax_column_count: true,
  max_record_size: 1024 * 1024,
} satisfies Options;

/** A csv-parse error as a sentence for the user ("… at line 3"); null for any other error. */
export function csvProblem(error: unknown): string | null {
  return error instanceof CsvError ? `The file is not valid CSV: ${error.message}` : null;
}

/** One record of a file read by csvRecords: its cells and its number (the header is 1). */
export interface CsvRecord {
  cells: string[];
  row: number;
}

/**
 * The records of CSV text arriving in pieces, one at a time (memory stays that of one record).
 * Throws CsvError on malformed input; a blank line is a record of one empty cell.
 */
export async function* csvRecords(text: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRecord> {
  const parser = Readable.from(text).pipe(parse({ ...CSV_READ_OPTIONS, skip_empty_lines: false }));
  let row = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    row += 1;
    yield { cells, row };
  }
}

/**
 * The inverse of csvCell's formula guard: a cell that is an apostrophe followed by what a
 * spreadsheet would run (= + - @, tab, CR) is read without the apostrophe, so an exported
 * "+1 555 0100" or "=1+1" imports back as it was.
 */
export const uncsvCell = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
