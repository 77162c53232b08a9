import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";

export const PURGE_IMPORT_FILES_EVERY_MS = 60 * 60_000;
/** How long an uploaded file is kept once its import is done (a dry-run file waits this long for its real run). */
export const IMPORT_FILE_DAYS = 7;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Frees the database of import files: the text of imports finished (or left waiting) more than
 * IMPORT_FILE_DAYS ago — their counts and error files stay — and uploads a node died in the middle
 * of more than a day ago. Answers how many imports lost their file.
 */
export async function purgeImportFiles(db: Kysely<Database>): Promise<{ files: number; uploads: number }> {
  const old = nowIso(-IMPORT_FILE_DAYS * DAY_MS);
  const stale = await db
    .selectFrom("imports")
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "in", ["done", "failed"]), eb("finished_at", "<", old)]),
        eb.and([eb("status", "=", "uploaded"), eb("created_at", "<", old)]),
      ]),
    )
    .where((eb) =>
      eb.exists(eb.selectFrom("import_chunks").select("seq").whereRef("import_id", "=", "imports.id")),
    )
    .execute();
  for (const { id } of stale) await db.deleteFrom("import_chunks").where("import_id", "=", id).execute();
  const abandoned = await db
    .deleteFrom("imports")
    .where("status", "=", "uploading")
    .where("created_at", "<", nowIso(-DAY_MS))
    .executeTakeFirst();
  return { files: stale.length, uploads: Number(abandoned.numDeletedRows) };
}
