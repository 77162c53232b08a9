import type { ImportMapping } from "@parley/protocol/imports";
import { nowIso } from "../../lib/clock";
import { type CsvRecord, csvProblem, csvRecords } from "../../lib/csvRead";
import { parseJson, toJson } from "../../lib/json";
import { PermanentJobError } from "../../jobs/jobErrors";
import type { ImportTable, JobTable } from "../../store/schema";
import type { CommandContext } from "../commandContext";
import type { BatchContext, BatchOutcome, BatchRow } from "./importBatch";
import { importCompaniesBatch } from "./importCompaniesBatch";
import { importPeopleBatch } from "./importPeopleBatch";
import { starterInPayload, starterWhoLostAccess } from "./importStarter";
import { importFileText, presentImport } from "./importStore";
import { lockImport } from "./lockImport";

export const IMPORT_JOB = "imports.run";
/** Rows committed together: one transaction, one progress update, one event. */
export const IMPORT_BATCH_ROWS = 500;

const isBlank = (record: CsvRecord) => record.cells.every((c) => c.trim() === "");

/**
 * The durable job of an import's run. Streams the stored file (a chunk at a time), and commits
 * each batch of rows together with the run's progress and counts: a run taken over after a crash
 * (or retried after an error) starts after the last committed batch, having first re-read the
 * rows before it without writing (so duplicates of them are still found), and never counts a row
 * twice. The last failed attempt marks the import failed with its reason, for the app to show.
 * Each batch first re-checks, in its transaction, that the run's starter still may manage people on
 * the site: one who lost that (their role, the site, their account or their key) stops the run as
 * failed, saying so; the batches committed before stay written.
 */
export async function runImport(ctx: CommandContext, payload: unknown, job: JobTable): Promise<unknown> {
  const { db, kind } = ctx.store;
  const importId = (payload as { importId?: unknown } | null)?.importId;
  if (typeof importId !== "string") throw new PermanentJobError("The job names no import");
  const start = await db.transaction().execute(async (trx) => {
    const row = await lockImport(trx, kind, importId);
    if (!row || (row.status !== "queued" && row.status !== "running")) return null;
    await trx
      .updateTable("imports")
      .set({ status: "running", started_at: row.started_at ?? nowIso(), error: null })
      .where("id", "=", importId)
      .execute();
    return row;
  });
  if (!start) return { skipped: "not queued" };
  const starter = starterInPayload(payload, start.created_by);
  const entity = start.entity === "people" ? "person" : "company";
  const defs = await db
    .selectFrom("field_definitions")
    .select(["key", "type", "options", "built_in"])
    .where("site_id", "=", start.site_id)
    .where("entity", "=", entity)
    .execute();
  const batchOf = start.entity === "people" ? importPeopleBatch : importCompaniesBatch;
  const context = (trx: BatchContext["trx"], dryRun: boolean): BatchContext => ({
    trx,
    kind,
    siteId: start.site_id,
    mapping: parseJson<ImportMapping>(start.mapping ?? "[]", []),
    defs,
    dryRun,
    seen,
  });
  const seen = new Map<string, number>();
  let processed = Number(start.rows_processed);

  /** Re-reads rows a committed batch already took, for their keys only (after a crash). */
  const replay = (rows: BatchRow[]) =>
    db.transaction().execute(async (trx) => batchOf(context(trx, true), rows));

  /** Commits one batch; answers why the run ends instead, if it does. */
  const commit = async (rows: BatchRow[]): Promise<"taken over" | "access lost" | null> => {
    const row = await db.transaction().execute(async (trx) => {
      const current = await lockImport(trx, kind, importId);
      // Another runner took the import over (this one stalled past its lease): leave it to them.
      if (!current || current.status !== "running" || Number(current.rows_processed) !== processed)
        return null;
      const who = await starterWhoLostAccess(trx, starter, current.site_id);
      if (who) {
        const stopped = { status: "failed", error: accessLost(who, current), finished_at: nowIso() };
        await trx.updateTable("imports").set(stopped).where("id", "=", importId).execute();
        return { ...current, ...stopped };
      }
      const outcome: BatchOutcome = await batchOf(context(trx, Number(current.dry_run) === 1), rows);
      for (let i = 0; i < outcome.errors.length; i += 100)
        await trx
          .insertInto("import_errors")
          .values(
            outcome.errors.slice(i, i + 100).map((e) => ({
              import_id: importId,
              row_no: e.row,
              cells: toJson(e.cells),
              message: e.message,
            })),
          )
          .execute();
      const next = {
        rows_processed: processed + rows.length,
        created_count: Number(current.created_count) + outcome.counts.created,
        updated_count: Number(current.updated_count) + outcome.counts.updated,
        skipped_count: Number(current.skipped_count) + outcome.counts.skipped,
        failed_count: Number(current.failed_count) + outcome.counts.failed,
      };
      await trx.updateTable("imports").set(next).where("id", "=", importId).execute();
      return { ...current, ...next };
    });
    if (!row) return "taken over";
    processed = Number(row.rows_processed);
    await announce(ctx, row);
    return row.status === "failed" ? "access lost" : null;
  };

  try {
    let index = 0;
    let batch: BatchRow[] = [];
    let skipped: BatchRow[] = [];
    for await (const record of csvRecords(importFileText(db, importId))) {
      if (record.row === 1 || isBlank(record)) continue;
      index += 1;
      if (index <= processed) {
        skipped.push(record);
        if (skipped.length === IMPORT_BATCH_ROWS) {
          await replay(skipped);
          skipped = [];
        }
        continue;
      }
      if (skipped.length) {
        await replay(skipped);
        skipped = [];
      }
      batch.push(record);
      if (batch.length === IMPORT_BATCH_ROWS) {
        const stopped = await commit(batch);
        if (stopped) return { stopped };
        batch = [];
      }
    }
    if (skipped.length) await replay(skipped);
    const stopped = batch.length ? await commit(batch) : null;
    if (stopped) return { stopped };
  } catch (error) {
    const final = job.attempts >= job.max_attempts;
    const message = error instanceof Error ? error.message : String(error);
    const reason = csvProblem(error) ?? `The import stopped: ${message}`;
    await finish(ctx, importId, final ? "failed" : "running", final ? reason : `${reason} (trying again)`);
    throw error;
  }
  await finish(ctx, importId, "done", null);
  return { rows: processed };
}

/** What the app shows of a run its starter may no longer make: who, and what stays written. */
function accessLost(who: string, row: ImportTable): string {
  const done = Number(row.rows_processed);
  if (Number(row.dry_run) === 1)
    return `The dry run stopped: ${who} can no longer manage people on this site.`;
  const kept =
    done === 0
      ? "nothing was written"
      : `the ${done.toLocaleString("en")} row(s) processed before stay imported`;
  return `The import stopped: ${who} can no longer manage people on this site; ${kept}. Someone who may manage people can start it again.`;
}

async function finish(ctx: CommandContext, importId: string, status: string, error: string | null) {
  const { db, kind } = ctx.store;
  const row = await db.transaction().execute(async (trx) => {
    const current = await lockImport(trx, kind, importId);
    if (!current || current.status !== "running") return null;
    const done = status === "running" ? {} : { finished_at: nowIso() };
    await trx
      .updateTable("imports")
      .set({ status, error, ...done })
      .where("id", "=", importId)
      .execute();
    return { ...current, status, error, ...done };
  });
  if (row) await announce(ctx, row);
}

/** The import's progress on the site's channel (agents who may manage people hear it). */
async function announce(ctx: CommandContext, row: Parameters<typeof presentImport>[1]): Promise<void> {
  const data = await presentImport(ctx.store.db, row);
  await ctx.bus.publish({ channel: `site:${row.site_id}`, name: "import.progress", data });
}
