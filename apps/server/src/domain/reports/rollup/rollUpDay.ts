import { type Kysely, PostgresAdapter, type RawBuilder, sql } from "kysely";
import type { Database } from "../../../store/schema";
import { CARD_EVENT_TYPES } from "../eventCounts";

/** The event columns the roll-ups count by (what the claim hands on to the counts). */
const COUNTED = sql`site_id, dialogue_id, version, kind, known, branch, card_id, type, page, repeated`;

/**
 * The two INSERT … SELECT … GROUP BY statements that add `rows` (the events table, or the rows a
 * claim returned) matching `where` to `day`'s roll-ups: every dimension grouped in the database. A
 * conversation's repeated outcomes are not counted.
 */
export function rollupInserts(
  rows: RawBuilder<unknown>,
  where: RawBuilder<unknown>,
  day: string,
): { dialogues: RawBuilder<unknown>; pages: RawBuilder<unknown> } {
  const cardTypes = sql.join(CARD_EVENT_TYPES.map((t) => sql.lit(t)));
  const cardOf = sql`case when type in (${cardTypes}) then coalesce(card_id, '') else '' end`;
  const dims = sql`coalesce(dialogue_id, ''), coalesce(version, 0), coalesce(kind, ''), known,
    coalesce(branch, ''), ${cardOf}, type`;
  const pageDims = sql`coalesce(page, ''), coalesce(dialogue_id, ''), coalesce(kind, ''), known, type`;
  return {
    dialogues: sql`
      insert into report_rollups (site_id, day, dialogue_id, version, kind, known, branch, card_id, type, count)
      select site_id, cast(${day} as text), ${dims}, count(*) from ${rows}
      where ${where} and repeated = 0 group by site_id, ${dims}`,
    pages: sql`
      insert into report_page_rollups (site_id, day, page, dialogue_id, kind, known, type, count)
      select site_id, cast(${day} as text), ${pageDims}, count(*) from ${rows}
      where ${where} and repeated = 0 and type not in (${cardTypes}) group by site_id, ${pageDims}`,
  };
}

/**
 * Counts the events of [fromMs, toMs) that are not rolled up yet (`rolled` 0) into `day`'s roll-ups
 * and marks them rolled (1), each event written once. An event another transaction commits
 * meanwhile is neither counted nor marked: the next run counts it. Roll-up rows only add up: a day
 * rolled again (late events) gains rows, the reports sum them.
 *
 * PostgreSQL: one statement — the UPDATE claims the rows and RETURNs them, both roll-up INSERTs
 * count exactly what it returned (one snapshot, and the rows stay locked until commit). SQLite: one
 * writer at a time, and this transaction already writes (the state row's lock), so no event can
 * commit between the counts and the UPDATE that marks the same rows.
 */
export async function rollUpDay(
  trx: Kysely<Database>,
  siteId: string,
  day: string,
  fromMs: number,
  toMs: number,
): Promise<void> {
  // A literal 0, so the partial index of the events not rolled up yet (0022) finds them.
  const unrolled = sql`site_id = ${siteId} and at_ms >= ${fromMs} and at_ms < ${toMs} and rolled = 0`;
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    const counts = rollupInserts(sql`claimed`, sql`true`, day);
    await sql`
      with claimed as (update events set rolled = 1 where ${unrolled} returning ${COUNTED}),
      dialogue_counts as (${counts.dialogues})
      ${counts.pages}`.execute(trx);
    return;
  }
  const counts = rollupInserts(sql`events`, unrolled, day);
  await counts.dialogues.execute(trx);
  await counts.pages.execute(trx);
  await sql`update events set rolled = 1 where ${unrolled}`.execute(trx);
}
