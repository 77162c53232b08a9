import type { ImportCounts, ImportMapping } from "@parley/protocol/imports";
import type { Kysely } from "kysely";
import { parseJson, toJson } from "../../lib/json";
import type { DbKind } from "../../store/db";
import type { Database } from "../../store/schema";
import type { FieldDefinitionRow } from "../fields/validateFieldValues";
import { type FieldValue, sameValue } from "./readImportRow";

/** One data row of the file: its cells and its number (the header is row 1). */
export interface BatchRow {
  row: number;
  cells: string[];
}

export interface RowError extends BatchRow {
  message: string;
}

/** What a batch runs with: the run's transaction, its mapping and the keys met earlier in the file. */
export interface BatchContext {
  trx: Kysely<Database>;
  kind: DbKind;
  siteId: string;
  mapping: ImportMapping;
  defs: readonly FieldDefinitionRow[];
  dryRun: boolean;
  /**
   * Each record (`record:<id>`) and unique key (`email:…`, `domain:…`) a row of the file already
   * took, with that row: a later row that meets one is a duplicate of it.
   */
  seen: Map<string, number>;
}

export interface BatchOutcome {
  counts: ImportCounts;
  errors: RowError[];
}

export const noCounts = (): ImportCounts => ({ created: 0, updated: 0, skipped: 0, failed: 0 });

/** The first earlier row that took one of these keys, or registers them for this row. */
export function duplicateOf(seen: Map<string, number>, keys: readonly string[], row: number): number | null {
  for (const key of keys) {
    const first = seen.get(key);
    if (first !== undefined) return first;
  }
  for (const key of keys) seen.set(key, row);
  return null;
}

/** The distinct non-empty texts of a batch's cells. */
export const unique = (values: (string | undefined)[]): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/** Counts a refused row and keeps it for the error file. */
export function failRow(outcome: BatchOutcome, row: BatchRow, message: string): void {
  outcome.counts.failed += 1;
  outcome.errors.push({ row: row.row, cells: row.cells, message });
}

export interface MatchInput<R extends { id: string }> {
  row: number;
  /** The row's `id` cell, when mapped and filled. */
  id: string | undefined;
  /** The row's unique key (an email, a domain), checked and normalized. */
  key: string | undefined;
  /** The batch's existing records, by id and by key. */
  byId: ReadonlyMap<string, R>;
  byKey: ReadonlyMap<string, R>;
  keyName: "email" | "domain";
  noun: "person" | "company";
  /** Why a row without a match cannot create a record, if it cannot. */
  createProblem?: () => string | null;
}

/**
 * The record a row updates (none: it creates one), or why it fails: an id that is not a record of
 * this site, a key that another record holds, no key at all, or a record or key an earlier row of
 * the file took (its duplicate). A row that matches takes its record and key for later rows.
 */
export function matchRow<R extends { id: string }>(
  seen: Map<string, number>,
  input: MatchInput<R>,
): { current: R | undefined } | { error: string } {
  const { id, key, keyName, noun } = input;
  let current: R | undefined;
  if (id !== undefined) {
    current = input.byId.get(id);
    if (!current) return { error: `id ${id} is not a ${noun} of this site` };
    const holder = key ? input.byKey.get(key) : undefined;
    if (holder && holder.id !== current.id)
      return { error: `${keyName} ${key} is already the ${keyName} of another ${noun}` };
  } else if (!key)
    return {
      error: `needs ${keyName === "email" ? "an email" : "a domain"} (or the id of a ${noun} of this site)`,
    };
  else current = input.byKey.get(key);
  const problem = current ? null : (input.createProblem?.() ?? null);
  if (problem) return { error: problem };
  const keys = [...(current ? [`record:${current.id}`] : []), ...(key ? [`${keyName}:${key}`] : [])];
  const first = duplicateOf(seen, keys, input.row);
  return first === null ? { current } : { error: `duplicate of row ${first}` };
}

/** The record's custom fields with the row's values merged, as stored; undefined when none differs. */
export function mergedFields(stored: string, values: Record<string, FieldValue>): string | undefined {
  const fields = parseJson<Record<string, FieldValue>>(stored, {});
  const changed = Object.entries(values).filter(([key, value]) => !sameValue(fields[key], value));
  return changed.length ? toJson({ ...fields, ...Object.fromEntries(changed) }) : undefined;
}

/** Inserts a batch's new rows, 50 to a statement (SQLite's limit on bound values stays far off). */
export async function insertAll<T extends "people" | "companies">(
  trx: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 50)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 50) as never)
      .execute();
}

/** The batch's existing records of the site, read once: by the rows' ids and by their keys. */
export async function existingRecords<T extends "people" | "companies">(
  trx: Kysely<Database>,
  table: T,
  siteId: string,
  keyColumn: "email" | "domain",
  keys: readonly string[],
  ids: readonly string[],
): Promise<{ byId: Map<string, Database[T]>; byKey: Map<string, Database[T]> }> {
  const read = async (column: "id" | "email", values: readonly string[]) =>
    values.length
      ? // One query shape for both tables (both have site_id, id and the key column).
        ((await trx
          .selectFrom(table as "people")
          .selectAll()
          .where("site_id", "=", siteId)
          .where(column, "in", values)
          .execute()) as unknown as Database[T][])
      : [];
  const rows = [...(await read(keyColumn as "email", keys)), ...(await read("id", ids))];
  const keyOf = (row: Database[T]) => (row as unknown as Record<string, string | null>)[keyColumn];
  return {
    byId: new Map(rows.map((row) => [row.id, row])),
    byKey: new Map(rows.flatMap((row) => (keyOf(row) ? [[keyOf(row) as string, row] as const] : []))),
  };
}

/** An existing record's changes: none is a skipped row; some, an updated one (written unless a dry run). */
export async function applyChanges<T extends "people" | "companies">(
  bc: BatchContext,
  outcome: BatchOutcome,
  table: T,
  id: string,
  changes: Partial<Database[T]>,
  now: string,
): Promise<void> {
  if (Object.keys(changes).length === 0) {
    outcome.counts.skipped += 1;
    return;
  }
  outcome.counts.updated += 1;
  if (!bc.dryRun)
    await bc.trx
      .updateTable(table as "people")
      .set({ ...changes, updated_at: now } as never)
      .where("id", "=", id)
      .execute();
}
