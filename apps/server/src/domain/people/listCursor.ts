import { type Expression, type RawBuilder, sql } from "kysely";
import { AppError } from "../../errors";

/** Where a page ended: the last row's sort key and id (the id breaks ties). */
export interface SeekPosition {
  value: string;
  id: string;
}

interface CursorJson {
  s: string;
  o: "asc" | "desc";
  v: string;
  i: string;
}

/** An opaque cursor: base64url JSON of the sort, the order and the last row's position. */
export function encodeCursor(sort: string, order: "asc" | "desc", position: SeekPosition): string {
  const json: CursorJson = { s: sort, o: order, v: position.value, i: position.id };
  return Buffer.from(JSON.stringify(json)).toString("base64url");
}

/** The position a cursor names; a malformed cursor, or one made for another sort or order, is a 400. */
export function decodeCursor(cursor: string, sort: string, order: "asc" | "desc"): SeekPosition {
  let json: Partial<CursorJson> | null = null;
  try {
    json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<CursorJson>;
  } catch {
    json = null;
  }
  if (!json || typeof json !== "object" || typeof json.v !== "string" || typeof json.i !== "string")
    throw cursorProblem("This cursor is not one the server made; start again from the first page");
  if (json.s !== sort || json.o !== order)
    throw cursorProblem(
      `This cursor belongs to a list sorted by ${String(json.s)} ${String(json.o)}, not ${sort} ${order}; start again from the first page`,
    );
  return { value: json.v, id: json.i };
}

const cursorProblem = (message: string) =>
  new AppError("validation_failed", message, [{ path: "/cursor", message }]);

/**
 * The rows after `position` in `(key, id)` order. Written as a range on the key plus a tie-break
 * (rather than a row-value comparison) so both planners turn it into an index range scan.
 */
export function seekAfter(
  key: Expression<unknown>,
  id: Expression<unknown>,
  order: "asc" | "desc",
  position: SeekPosition,
): RawBuilder<boolean> {
  return order === "asc"
    ? sql<boolean>`(${key} >= ${position.value} and (${key} > ${position.value} or ${id} > ${position.id}))`
    : sql<boolean>`(${key} <= ${position.value} and (${key} < ${position.value} or ${id} < ${position.id}))`;
}

/**
 * Splits the `limit + 1` rows a seek query read into the page and the cursor of the next page
 * (null when the extra row was not there: this is the last page).
 */
export function pageOfRows<Row extends { id: string }>(
  rows: Row[],
  limit: number,
  cursor: { sort: string; order: "asc" | "desc"; keyOf: (row: Row) => string },
): { page: Row[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const more = rows.length > limit && last !== undefined;
  return {
    page,
    nextCursor: more
      ? encodeCursor(cursor.sort, cursor.order, { value: cursor.keyOf(last), id: last.id })
      : null,
  };
}

/**
 * `[from, to)` such that a key starts with `prefix` exactly when from <= key < to (both databases
 * compare these keys bytewise): the prefix with its last character incremented. Never `LIKE '%q%'`,
 * which reads every row.
 */
export function prefixRange(prefix: string): { from: string; to: string } {
  const chars = [...prefix];
  const last = chars.pop()?.codePointAt(0) ?? 0;
  return { from: prefix, to: chars.join("") + String.fromCodePoint(Math.min(last + 1, 0x10ffff)) };
}

/** Lower case the way the keys are (SQL lower(): ASCII letters only on SQLite and under "C"). */
export const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
