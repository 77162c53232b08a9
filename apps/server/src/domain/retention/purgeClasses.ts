import type { PurgeableClass } from "@parley/protocol/retention";
import { type Kysely, sql } from "kysely";
import type { Database } from "../../store/schema";
import { deleted } from "./deleteBatch";

/**
 * One batch of one class: removes at most `limit` expired rows of the site in the caller's (short)
 * transaction and says how many went. Each re-checks the expiry in the statement that deletes, so a
 * row that became active again since it was picked stays.
 */
export type PurgeBatch = (
  trx: Kysely<Database>,
  siteId: string,
  cutoffIso: string,
  limit: number,
) => Promise<number>;

/** Rows of `table` whose `column` (an ISO time) is before the cutoff, re-checked as they are deleted. */
const olderThan =
  (
    table: "events" | "page_views" | "activities",
    column: "at" | "last_at",
    /** Only rows already counted in the report roll-ups (events: `rolled` 1). */
    countedOnly = false,
  ): PurgeBatch =>
  async (trx, siteId, cutoff, limit) => {
    let pick = trx.selectFrom(table).select("id").where("site_id", "=", siteId).where(column, "<", cutoff);
    if (countedOnly) pick = pick.where(sql.ref("rolled"), "=", sql.lit(1));
    const ids = await pick.limit(limit).execute();
    if (ids.length === 0) return 0;
    let remove = trx
      .deleteFrom(table)
      .where(
        "id",
        "in",
        ids.map((r) => r.id),
      )
      .where(column, "<", cutoff);
    if (countedOnly) remove = remove.where(sql.ref("rolled"), "=", sql.lit(1));
    return deleted(await remove.executeTakeFirstOrThrow());
  };

/**
 * Raw report events (the reports read the daily roll-ups for days before the cutoff), only once
 * counted there: an event that arrived after its day was rolled up waits for the next roll-up.
 */
const reportEvents = olderThan("events", "at", true);
/** Page views whose visit last viewed that page before the cutoff. */
const pageViews = olderThan("page_views", "last_at");
/** Timeline entries older than the cutoff. */
const activities = olderThan("activities", "at");

/**
 * Webhook deliveries that are over — delivered, or dead (out of attempts) — since before the cutoff,
 * with their attempt logs. Pending and failed ones (a retry still to come) are never purged: a
 * replay of a dead one makes it pending again, and the re-check in the delete keeps it.
 */
const webhookDeliveries: PurgeBatch = async (trx, siteId, cutoff, limit) => {
  const ids = (
    await trx
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("site_id", "=", siteId)
      // created_at ≤ updated_at: this bound lets the (site_id, created_at) index narrow the scan.
      .where("created_at", "<", cutoff)
      .where("updated_at", "<", cutoff)
      .where("status", "in", ["delivered", "dead"])
      .limit(limit)
      .execute()
  ).map((r) => r.id);
  if (ids.length === 0) return 0;
  // Re-checked in both statements: a replay since the pick made the delivery pending again.
  const stillOver = trx
    .selectFrom("webhook_deliveries")
    .select("id")
    .where("id", "in", ids)
    .where("updated_at", "<", cutoff)
    .where("status", "in", ["delivered", "dead"]);
  await trx.deleteFrom("webhook_attempts").where("delivery_id", "in", stillOver).execute();
  return deleted(
    await trx
      .deleteFrom("webhook_deliveries")
      .where("id", "in", ids)
      .where("updated_at", "<", cutoff)
      .where("status", "in", ["delivered", "dead"])
      .executeTakeFirstOrThrow(),
  );
};

/** The classes whose batch is one transaction (transcripts and anonymous visitors go in steps). */
export const PURGE_BATCHES: Record<
  Exclude<PurgeableClass, "transcripts" | "anonymousVisitors">,
  PurgeBatch
> = {
  reportEvents,
  pageViews,
  activities,
  webhookDeliveries,
};
