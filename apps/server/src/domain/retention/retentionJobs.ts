import type { PurgeRun } from "@parley/protocol/retention";
import type { Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import { enqueueJob } from "../../jobs/enqueueJob";
import { PermanentJobError } from "../../jobs/jobErrors";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { lockReachableSite } from "./lockReachableSite";
import { executePurgeRun, insertPurgeRun, PURGE_RUNS_KEPT_DAYS, presentPurgeRun } from "./purgeRuns";
import type { PurgeOptions } from "./purgeSite";

/** The recurring purge of every site (hourly, one node at a time). */
export const RETENTION_PURGE_JOB = "retention.purge";
export const RETENTION_PURGE_EVERY_MS = 60 * 60 * 1000;
/** One site's purge asked for from Settings › Data retention ("Run purge now"). */
export const RETENTION_RUN_JOB = "retention.run";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The recurring purge: one run report per site, each site in turn (a failing site is recorded as
 * failed and the others still run), then run reports older than PURGE_RUNS_KEPT_DAYS go. Returns
 * what it removed in all (logged with the job).
 */
export async function purgeAllSites(
  db: Kysely<Database>,
  options: PurgeOptions = {},
): Promise<{ sites: number; failed: string[]; removed: Record<string, number> }> {
  const sites = await db.selectFrom("sites").select("id").orderBy("id").execute();
  const removed: Record<string, number> = {};
  const failed: string[] = [];
  for (const site of sites) {
    const run = await insertPurgeRun(db, site.id, "schedule", null);
    try {
      const done = await executePurgeRun(db, run.id, options);
      for (const [dataClass, n] of Object.entries(done?.removed ?? {}))
        removed[dataClass] = (removed[dataClass] ?? 0) + n;
    } catch {
      // Recorded on the site's run report (status failed, with the error); the other sites go on.
      failed.push(site.id);
    }
  }
  await db
    .deleteFrom("retention_runs")
    .where("queued_at", "<", nowIso(-PURGE_RUNS_KEPT_DAYS * DAY_MS))
    .where("status", "in", ["done", "failed"])
    .execute();
  return { sites: sites.length, failed, removed };
}

/**
 * "Run purge now": queues a purge of the site as a durable job with a visible run report. While one
 * asked for is queued or running, asking again returns that one (checked under the site's lock, so
 * two managers clicking at once get the same run).
 */
export async function requestPurge(ctx: AppContext, actor: Actor, siteId: string): Promise<PurgeRun> {
  const run = await ctx.store.db.transaction().execute(async (trx) => {
    await lockReachableSite(trx, actor, siteId);
    const open = await trx
      .selectFrom("retention_runs")
      .selectAll()
      .where("site_id", "=", siteId)
      .where("trigger", "=", "manual")
      .where("status", "in", ["queued", "running"])
      .executeTakeFirst();
    if (open) return open;
    const row = await insertPurgeRun(
      trx,
      siteId,
      "manual",
      actor.kind === "user" ? actor.id : actor.createdBy,
    );
    await enqueueJob(trx, { kind: RETENTION_RUN_JOB, payload: { runId: row.id }, maxAttempts: 1 });
    return row;
  });
  ctx.jobs.poke();
  return presentPurgeRun(run);
}

/** The job of a requested purge. */
export async function runRequestedPurge(db: Kysely<Database>, payload: unknown, options: PurgeOptions = {}) {
  const runId = (payload as { runId?: unknown } | null)?.runId;
  if (typeof runId !== "string") throw new PermanentJobError("retention.run needs a runId");
  const run = await executePurgeRun(db, runId, options);
  return run && { site: run.siteId, removed: run.removed, batches: run.batches, more: run.more };
}
