import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * CSV imports of people and companies (domain/imports). `imports` is one uploaded file and its run:
 * mapping, dry run or real, status, progress (rows processed of total) and counts, updated in the
 * same transaction as each committed batch, so a run resumed after a crash starts after the last
 * batch and never counts a row twice. The file itself is kept in the database, in `import_chunks`
 * (text, in order), so whichever node claims the import's job reads it, on SQLite or PostgreSQL.
 * `import_errors` holds each refused row of the run with its cells, for the error file.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // people | companies
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("file_bytes", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("total_rows", "integer", (c) => c.notNull().defaultTo(0))
    // JSON string[]: the header row
    .addColumn("columns", "text", (c) => c.notNull().defaultTo("[]"))
    // JSON (string | null)[] aligned with columns; null until a run starts
    .addColumn("mapping", "text")
    .addColumn("dry_run", "integer", (c) => c.notNull().defaultTo(0))
    // uploading | uploaded | queued | running | done | failed
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rows_processed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("updated_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("skipped_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("failed_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("error", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("started_at", "text")
    .addColumn("finished_at", "text")
    .execute();
  await db.schema
    .createIndex("imports_site_created")
    .on("imports")
    .columns(["site_id", "created_at"])
    .execute();

  await db.schema
    .createTable("import_chunks")
    .addColumn("import_id", "text", (c) => c.notNull().references("imports.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull())
    // Up to 256 KiB of the file's text (decoded UTF-8, BOM removed)
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_chunks_pk", ["import_id", "seq"])
    .execute();

  await db.schema
    .createTable("import_errors")
    .addColumn("import_id", "text", (c) => c.notNull().references("imports.id").onDelete("cascade"))
    // the row as a spreadsheet numbers it (header = 1)
    .addColumn("row_no", "integer", (c) => c.notNull())
    // JSON string[]: the row's cells as read
    .addColumn("cells", "text", (c) => c.notNull())
    .addColumn("message", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("import_errors_pk", ["import_id", "row_no"])
    .execute();
}
