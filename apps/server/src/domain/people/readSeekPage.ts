import { type Expression, type RawBuilder, type SelectQueryBuilder, type StringReference, sql } from "kysely";
import { AppError } from "../../errors";
import { storedInstant } from "../../lib/instant";

/** Where a page ended: the last row's sort key and id (the id breaks ties). */
interface SeekPosition {
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
function encodeCursor(sort: string, order: "asc" | "desc", position: SeekPosition): string {
  const json: CursorJson = { s: sort, o: order, v: position.value, i: position.id };
  return Buffer.from(JSON.stringify(json)).toString("base64url");
}

/** The position a cursor names; a malformed cursor, or one made for another sort or order, is a 400. */
function decodeCursor(cursor: string, sort: string, order: "asc" | "desc"): SeekPosition {
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
function seekAfter(
  key: Expression<unknown>,
  id: Expression<unknown>,
  order: "asc" | "desc",
  position: SeekPosition,
): RawBuilder<boolean> {
  return order === "asc"
    ? sql<boolean>`(${key} >= ${position.value} and (${key} > ${position.value} or ${id} > ${position.id}))`
    : sql<boolean>`(${key} <= ${position.value} and (${key} < ${position.value} or ${id} < ${position.id}))`;
}

/** How to read one page: the sort key and id expressions, the sort's name and order, the cursor. */
export interface SeekPageOptions<Row> {
  key: Expression<unknown>;
  id: Expression<unknown>;
  sort: string;
  order: "asc" | "desc";
  limit: number;
  cursor?: string;
  keyOf: (row: Row) => string;
}

/**
 * Reads the page after the cursor in (key, id) order: one more row than `limit` tells whether a next
 * page exists (its cursor names this page's last row), without counting anything.
 */
export async function readSeekPage<DB, TB extends keyof DB, Row extends { id: string }>(
  select: SelectQueryBuilder<DB, TB, Row>,
  options: SeekPageOptions<Row>,
): Promise<{ page: Row[]; nextCursor: string | null }> {
  const { key, id, sort, order, limit } = options;
  const after = options.cursor ? seekAfter(key, id, order, decodeCursor(options.cursor, sort, order)) : null;
  const rows = await (after ? select.where(after) : select)
    .orderBy(key, order)
    .orderBy(id, order)
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit) as Row[];
  const last = page.at(-1);
  const more = rows.length > limit && last !== undefined;
  return {
    page,
    nextCursor: more ? encodeCursor(sort, order, { value: options.keyOf(last), id: last.id }) : null,
  };
}

/**
 * A site-wide list read newest first by one time column (activities by `at`, conversations by when
 * they started): the list's own equality filters, each a column with the query's value (a value left
 * out filters nothing), and `since`/`until` on that time column, then the page after the cursor.
 */
export interface NewestFirstList<DB, TB extends keyof DB, Row> {
  equal: [column: StringReference<DB, TB>, value: string | undefined][];
  /** The time column, its cursor's sort name (`at`, `started`) and the row's value of it. */
  time: StringReference<DB, TB>;
  sort: string;
  keyOf: (row: Row) => string;
  id: StringReference<DB, TB>;
  query: { since?: string; until?: string; limit: number; cursor?: string };
}

export async function readNewestFirstPage<DB, TB extends keyof DB, Row extends { id: string }>(
  select: SelectQueryBuilder<DB, TB, Row>,
  list: NewestFirstList<DB, TB, Row>,
): Promise<{ page: Row[]; nextCursor: string | null }> {
  const { query } = list;
  const time = sql.ref(list.time);
  let filtered = select;
  for (const [column, value] of list.equal)
    if (value !== undefined) filtered = filtered.where(sql<boolean>`${sql.ref(column)} = ${value}`);
  if (query.since) filtered = filtered.where(sql<boolean>`${time} >= ${storedInstant(query.since)}`);
  if (query.until) filtered = filtered.where(sql<boolean>`${time} < ${storedInstant(query.until)}`);
  return readSeekPage(filtered, {
    key: time,
    id: sql.ref(list.id),
    sort: list.sort,
    order: "desc",
    limit: query.limit,
    cursor: query.cursor,
    keyOf: list.keyOf,
  });
}
