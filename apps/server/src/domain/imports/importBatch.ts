import type { ImportCounts, ImportMapping } from "@parley/protocol/imports";
import type { Kysely } from "kysely";
import type { DbKind } from "../../store/db";
import type { Database } from "../../store/schema";
import type { FieldDefinitionRow } from "../fields/validateFieldValues";

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
