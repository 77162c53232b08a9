import type { Import, ImportEntity, ImportMapping } from "@parley/protocol/imports";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database, ImportTable } from "../../store/schema";

/** An import's run columns before it starts: no progress, no counts, no error, no times. */
export const FRESH_RUN = {
  rows_processed: 0,
  created_count: 0,
  updated_count: 0,
  skipped_count: 0,
  failed_count: 0,
  error: null,
  started_at: null,
  finished_at: null,
} as const;

/** How many of a run's row errors the import itself shows (the error file has them all). */
export const SHOWN_ROW_ERRORS = 20;

export async function presentImport(db: Kysely<Database>, row: ImportTable): Promise<Import> {
  const errors = row.failed_count
    ? await db
        .selectFrom("import_errors")
        .select(["row_no", "message"])
        .where("import_id", "=", row.id)
        .orderBy("row_no")
        .limit(SHOWN_ROW_ERRORS)
        .execute()
    : [];
  return {
    id: row.id,
    siteId: row.site_id,
    entity: row.entity as ImportEntity,
    fileName: row.file_name,
    fileBytes: Number(row.file_bytes),
    totalRows: Number(row.total_rows),
    columns: parseJson<string[]>(row.columns, []),
    mapping: row.mapping === null ? null : parseJson<ImportMapping>(row.mapping, []),
    dryRun: Number(row.dry_run) === 1,
    status: row.status as Import["status"],
    rowsProcessed: Number(row.rows_processed),
    counts: {
      created: Number(row.created_count),
      updated: Number(row.updated_count),
      skipped: Number(row.skipped_count),
      failed: Number(row.failed_count),
    },
    error: row.error,
    rowErrors: errors.map((e) => ({ row: Number(e.row_no), message: e.message })),
    createdBy: row.created_by,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** The site's import row (another site's is a 404, as is one still being uploaded). */
export async function getImportRow(db: Kysely<Database>, siteId: string, id: string): Promise<ImportTable> {
  const row = await db
    .selectFrom("imports")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .where("status", "!=", "uploading")
    .executeTakeFirst();
  if (!row) throw notFound("Import");
  return row;
}

export async function getImport(db: Kysely<Database>, siteId: string, id: string): Promise<Import> {
  return presentImport(db, await getImportRow(db, siteId, id));
}

/** The site's latest imports, newest first. */
export async function listImports(db: Kysely<Database>, siteId: string): Promise<Import[]> {
  const rows = await db
    .selectFrom("imports")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("status", "!=", "uploading")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(20)
    .execute();
  return Promise.all(rows.map((row) => presentImport(db, row)));
}

/** The stored file's text, one chunk at a time (any node can read it: it is in the database). */
export async function* importFileText(db: Kysely<Database>, importId: string): AsyncGenerator<string> {
  for (let seq = 0; ; seq += 1) {
    const chunk = await db
      .selectFrom("import_chunks")
      .select("text")
      .where("import_id", "=", importId)
      .where("seq", "=", seq)
      .executeTakeFirst();
    if (!chunk) return;
    yield chunk.text;
  }
}
