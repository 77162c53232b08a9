import { DateTime } from "luxon";
import { type Kysely, sql } from "kysely";
import { clock, nowIso } from "../../../lib/clock";
import type { Database } from "../../../store/schema";
import { localDay } from "../../../lib/instant";
import { rollUpDay } from "./rollUpDay";

/** Counts one day's events not rolled up yet into the roll-ups and marks them (rollUpDay). */
export type RollUpDay = typeof rollUpDay;

/** A day is rolled up once it ended this long ago (a step that began before midnight has committed). */
export const ROLLUP_GRACE_MS = 10 * 60_000;

/**
 * Rolls up every site-local day of `siteId` that starts before `beforeIso` and ended at least
 * ROLLUP_GRACE_MS ago and is not rolled up yet, one day per transaction, then the days of any late
 * event (committed after its day was rolled up: `rolled` 0 before rolled_until_ms), so raw events
 * before the returned `rolledUntilMs` may be purged (retention) without changing any report.
 * Idempotent and safe on two nodes at once: each day's transaction locks the site's
 * report_rollup_state row and re-reads how far it got; an event is counted once, when it is marked
 * rolled. Returns how far the site is rolled up (null: it has no events yet).
 */
export async function ensureRolledUp(
  db: Kysely<Database>,
  siteId: string,
  beforeIso: string,
  /** The day's count (bench/reports.ts measures its former two-update claim beside it). */
  countDay: RollUpDay = rollUpDay,
): Promise<{ rolledUntilMs: number | null }> {
  const beforeMs = Date.parse(beforeIso);
  const finishedBy = clock().now() - ROLLUP_GRACE_MS;
  let rolledUntilMs: number | null;
  for (;;) {
    const step = await db
      .transaction()
      .execute((trx) => rollUpNextDay(trx, siteId, beforeMs, finishedBy, countDay));
    if (step.done) {
      rolledUntilMs = step.rolledUntilMs;
      break;
    }
  }
  // Late events: committed after their day was rolled up (a long step, a node's clock behind).
  while (await db.transaction().execute((trx) => rollUpLateDay(trx, siteId, countDay))) {
    // one day per transaction
  }
  return { rolledUntilMs };
}

/** Locks the site's report_rollup_state row (a second node waits here) and reads how far it got. */
async function lockState(trx: Kysely<Database>, siteId: string): Promise<number | null> {
  await trx
    .updateTable("report_rollup_state")
    .set((eb) => ({ site_id: eb.ref("site_id") }))
    .where("site_id", "=", siteId)
    .execute();
  const state = await trx
    .selectFrom("report_rollup_state")
    .select("rolled_until_ms")
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  return state ? Number(state.rolled_until_ms) : null;
}

/**
 * Rolls up the day of the earliest event before rolled_until_ms that is not rolled up yet (its
 * `rolled` is 0): the roll-ups gain its counts, as any day's. Returns false when there is none.
 */
async function rollUpLateDay(trx: Kysely<Database>, siteId: string, countDay: RollUpDay): Promise<boolean> {
  const site = await trx.selectFrom("sites").select("time_zone").where("id", "=", siteId).executeTakeFirst();
  const rolledUntil = await lockState(trx, siteId);
  if (!site || rolledUntil === null) return false;
  const late = await trx
    .selectFrom("events")
    .select((eb) => eb.fn.min("at_ms").as("first"))
    .where("site_id", "=", siteId)
    .where(sql.ref("rolled"), "=", sql.lit(0))
    .where("at_ms", "<", rolledUntil)
    .executeTakeFirst();
  if (late?.first === null || late?.first === undefined) return false;
  const fromMs = startOfDay(Number(late.first), site.time_zone);
  const dayEnd = DateTime.fromMillis(fromMs, { zone: site.time_zone }).plus({ days: 1 }).startOf("day");
  const toMs = Math.min(dayEnd.toMillis(), rolledUntil);
  await countDay(trx, siteId, localDay(fromMs, site.time_zone), fromMs, toMs);
  return true;
}

async function rollUpNextDay(
  trx: Kysely<Database>,
  siteId: string,
  beforeMs: number,
  finishedBy: number,
  countDay: RollUpDay,
): Promise<{ done: boolean; rolledUntilMs: number | null }> {
  const site = await trx.selectFrom("sites").select("time_zone").where("id", "=", siteId).executeTakeFirst();
  if (!site) return { done: true, rolledUntilMs: null };
  const zone = site.time_zone;
  const firstMs = await nextEventMs(trx, siteId, null);
  if (firstMs === null) return { done: true, rolledUntilMs: null };
  await trx
    .insertInto("report_rollup_state")
    .values({
      site_id: siteId,
      rolled_until_ms: startOfDay(firstMs, zone),
      last_day: null,
      time_zone: zone,
      updated_at: nowIso(),
    })
    .onConflict((oc) => oc.column("site_id").doNothing())
    .execute();
  // The row lock (PostgreSQL) makes a second node wait here and then read where the first got to.
  const rolledUntil = (await lockState(trx, siteId))!;
  // Days without events are skipped in one go: nothing to count before the next event, or, after
  // the last one, before the last finished day (a site quiet for years is not walked day by day).
  const nextMs = await nextEventMs(trx, siteId, rolledUntil);
  const quietUntil = startOfDay(Math.min(finishedBy, beforeMs), zone);
  const skipTo = nextMs === null ? quietUntil : Math.min(startOfDay(nextMs, zone), quietUntil);
  if (skipTo > rolledUntil) {
    await trx
      .updateTable("report_rollup_state")
      .set({ rolled_until_ms: skipTo, time_zone: zone, updated_at: nowIso() })
      .where("site_id", "=", siteId)
      .execute();
    return { done: false, rolledUntilMs: skipTo };
  }
  const fromMs = rolledUntil;
  const day = localDay(fromMs, zone);
  const toMs = DateTime.fromMillis(fromMs, { zone }).plus({ days: 1 }).startOf("day").toMillis();
  if (fromMs >= beforeMs || toMs > finishedBy) return { done: true, rolledUntilMs: rolledUntil };
  if (nextMs !== null && nextMs < toMs) await countDay(trx, siteId, day, fromMs, toMs);
  await trx
    .updateTable("report_rollup_state")
    .set({ rolled_until_ms: toMs, last_day: day, time_zone: zone, updated_at: nowIso() })
    .where("site_id", "=", siteId)
    .execute();
  return { done: false, rolledUntilMs: toMs };
}

const startOfDay = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).startOf("day").toMillis();

async function nextEventMs(
  trx: Kysely<Database>,
  siteId: string,
  fromMs: number | null,
): Promise<number | null> {
  let q = trx
    .selectFrom("events")
    .select((eb) => eb.fn.min("at_ms").as("first"))
    .where("site_id", "=", siteId);
  if (fromMs !== null) q = q.where("at_ms", ">=", fromMs);
  const row = await q.executeTakeFirst();
  return row?.first === null || row?.first === undefined ? null : Number(row.first);
}
