import type { PurgeRun } from "@parley/protocol/retention";
import type { Kysely } from "kysely";
import { clock, nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, RetentionRunTable } from "../../store/schema";
import { noCounts, type PurgeOptions, type PurgeResult, purgeSite } from "./purgeSite";

/** Run reports older than this are removed by the scheduled purge. */
export const PURGE_RUNS_KEPT_DAYS = 90;

export const presentPurgeRun = (row: RetentionRunTable): PurgeRun => ({
  id: row.id,
  siteId: row.site_id,
  trigger: row.trigger,
  status: row.status,
  removed: { ...noCounts(), ...parseJson<Partial<PurgeRun["removed"]>>(row.removed, {}) },
  batches: Number(row.batches),
  more: Boolean(row.more),
  requestedBy: row.requested_by,
  queuedAt: row.queued_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
  error: row.error,
});

/** A new run report, queued (manual: its job runs it) or at once running (the scheduled purge). */
export async function insertPurgeRun(
  db: Kysely<Database>,
  siteId: string,
  trigger: RetentionRunTable["trigger"],
  requestedBy: string | null,
): Promise<RetentionRunTable> {
  const now = nowIso();
  const row: RetentionRunTable = {
    id: newId(),
    site_id: siteId,
    trigger,
    status: trigger === "manual" ? "queued" : "running",
    removed: toJson(noCounts()),
    batches: 0,
    more: 0,
    requested_by: requestedBy,
    queued_at: now,
    started_at: trigger === "manual" ? null : now,
    finished_at: null,
    duration_ms: null,
    error: null,
  };
  await db.insertInto("retention_runs").values(row).execute();
  return row;
}

export async function listPurgeRuns(
  db: Kysely<Database>,
  siteId: string,
  limit: number,
): Promise<PurgeRun[]> {
  const rows = await db
    .selectFrom("retention_runs")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("queued_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map(presentPurgeRun);
}

/**
 * Runs one purge report's purge and records it: `running` with its progress after each class, then
 * `done` with what it removed, how many batches and how long, or `failed` with the error (which is
 * thrown on). Taking over a run a dead node left `running` adds to the counts it had recorded.
 */
export async function executePurgeRun(
  db: Kysely<Database>,
  runId: string,
  options: PurgeOptions = {},
): Promise<PurgeRun | null> {
  const row = await db.selectFrom("retention_runs").selectAll().where("id", "=", runId).executeTakeFirst();
  if (!row || row.status === "done" || row.status === "failed") return null;
  const startedAt = row.started_at ?? nowIso();
  const before = presentPurgeRun(row);
  const total = (result: PurgeResult) => ({
    removed: toJson(
      Object.fromEntries(
        Object.entries(result.removed).map(([k, n]) => [
          k,
          n + before.removed[k as keyof PurgeRun["removed"]],
        ]),
      ),
    ),
    batches: result.batches + before.batches,
    more: result.more ? 1 : 0,
  });
  await db
    .updateTable("retention_runs")
    .set({ status: "running", started_at: startedAt })
    .where("id", "=", runId)
    .execute();
  try {
    const result = await purgeSite(db, row.site_id, options, async (progress) => {
      await db.updateTable("retention_runs").set(total(progress)).where("id", "=", runId).execute();
    });
    const finishedAt = nowIso();
    await db
      .updateTable("retention_runs")
      .set({
        ...total(result),
        status: "done",
        finished_at: finishedAt,
        duration_ms: Math.max(0, clock().now() - Date.parse(startedAt)),
      })
      .where("id", "=", runId)
      .execute();
  } catch (err) {
    const finishedAt = nowIso();
    await db
      .updateTable("retention_runs")
      .set({
        status: "failed",
        finished_at: finishedAt,
        duration_ms: Math.max(0, clock().now() - Date.parse(startedAt)),
        error: err instanceof Error ? err.message : String(err),
      })
      .where("id", "=", runId)
      .execute();
    throw err;
  }
  // The site (and with it the report) may have been deleted meanwhile.
  const done = await db.selectFrom("retention_runs").selectAll().where("id", "=", runId).executeTakeFirst();
  return done ? presentPurgeRun(done) : null;
}
