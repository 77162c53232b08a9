import { type Kysely, sql } from "kysely";
import { DateTime } from "luxon";
import { ensureRolledUp, type RollUpDay } from "../apps/server/src/domain/reports/rollup/ensureRolledUp";
import { rollupInserts } from "../apps/server/src/domain/reports/rollup/rollUpDay";
import type { Database } from "../apps/server/src/store/schema";

/**
 * The baseline: the roll-up as it was after migration 0022, each event written twice — claimed
 * (`rolled` 2), counted from the claimed rows, then marked (`rolled` 1).
 */
export const claimThenMark: RollUpDay = async (trx, siteId, day, fromMs, toMs) => {
  const window = sql`site_id = ${siteId} and at_ms >= ${fromMs} and at_ms < ${toMs}`;
  await sql`update events set rolled = 2 where ${window} and rolled = 0`.execute(trx);
  const counts = rollupInserts(sql`events`, sql`${window} and rolled = 2`, day);
  await counts.dialogues.execute(trx);
  await counts.pages.execute(trx);
  await sql`update events set rolled = 1 where ${window} and rolled = 2`.execute(trx);
};

const WAYS: { name: string; countDay?: RollUpDay }[] = [
  { name: "baseline: claim, then mark (two updates)", countDay: claimThenMark },
  { name: "one update (claim = mark)" },
];

interface Bench {
  db: Kysely<Database>;
  kind: "sqlite" | "postgres";
  siteId: string;
  zone: string;
  nowMs: number;
}

/** Every event unrolled and the roll-ups gone (as after migration 0022's recount), dead rows vacuumed. */
async function unroll(b: Bench, fromMs = 0): Promise<void> {
  await sql`delete from report_rollups where day >= ${day(b, fromMs)}`.execute(b.db);
  await sql`delete from report_page_rollups where day >= ${day(b, fromMs)}`.execute(b.db);
  await sql`update events set rolled = 0 where at_ms >= ${fromMs}`.execute(b.db);
  if (fromMs === 0) await sql`delete from report_rollup_state`.execute(b.db);
  else await sql`update report_rollup_state set rolled_until_ms = ${fromMs}`.execute(b.db);
  await settle(b);
}

async function settle(b: Bench): Promise<void> {
  if (b.kind === "postgres") await sql`vacuum analyze events`.execute(b.db);
  else await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(b.db);
}

const day = (b: Bench, ms: number) => DateTime.fromMillis(ms, { zone: b.zone }).toISODate()!;

async function timed(b: Bench, countDay: RollUpDay | undefined): Promise<number> {
  const started = performance.now();
  await ensureRolledUp(b.db, b.siteId, new Date(b.nowMs).toISOString(), countDay);
  return performance.now() - started;
}

/**
 * The roll-up, each way in the same run, alternating: the first one over every finished day (the
 * events all unrolled, as after the upgrade; `runs.first` times each way, unrolled again and
 * vacuumed in between), then the steady state — the last finished day rolled up again (unrolled
 * first), `runs.steady` times each way; prints the timings.
 */
export async function benchRollUp(b: Bench, runs: { first: number; steady: number }): Promise<void> {
  const label = b.kind.padEnd(8);
  await settle(b);
  for (let run = 0; run < runs.first; run++)
    for (const [i, way] of WAYS.entries()) {
      if (run > 0 || i > 0) await unroll(b);
      const ms = await timed(b, way.countDay);
      console.log(`${label} first roll-up, ${way.name.padEnd(42)} ${(ms / 1000).toFixed(1).padStart(6)} s`);
    }
  const lastDay = DateTime.fromMillis(b.nowMs, { zone: b.zone }).startOf("day").minus({ days: 1 }).toMillis();
  const steady = WAYS.map(() => [] as number[]);
  for (let run = 0; run < runs.steady; run++)
    for (const [i, way] of WAYS.entries()) {
      await unroll(b, lastDay);
      steady[i]!.push(await timed(b, way.countDay));
    }
  for (const [i, way] of WAYS.entries()) {
    const ms = steady[i]!.sort((x, y) => x - y);
    const median = ms[Math.floor(ms.length / 2)]!;
    console.log(
      `${label} one day (${day(b, lastDay)}), ${way.name.padEnd(42)} median ${median.toFixed(0).padStart(6)} ms  (${ms.map((m) => m.toFixed(0)).join(", ")})`,
    );
  }
}
