import { type Kysely, sql } from "kysely";
import type { Database } from "../apps/server/src/store/schema";

/**
 * The meetings and live-chat reports' data for bench/reports.ts: `count` meetings and `count` live
 * chats (each in a conversation of its own visitor) spread evenly over a year ending at `nowMs`, by
 * 10 agents, on the site's 20 dialogues; a third of the chats missed, the rest answered and ended.
 * Set-based SQL, as the events are seeded.
 */
export async function seedAgentReports(
  db: Kysely<Database>,
  kind: "sqlite" | "postgres",
  site: string,
  nowMs: number,
  count: number,
): Promise<void> {
  const iso = new Date(nowMs).toISOString();
  await db
    .insertInto("roles")
    .values({ id: "bench-role", key: null, name: "Bench", permissions: "[]", built_in: 0, created_at: iso })
    .execute();
  for (let a = 0; a < 10; a++)
    await db
      .insertInto("users")
      .values({
        id: `u${a}`,
        email: `agent${a}@bench.test`,
        name: `Agent ${a}`,
        password_hash: "-",
        role_id: "bench-role",
        site_ids: null,
        active: 1,
        created_at: iso,
        updated_at: iso,
      } as never)
      .execute();
  const yearMs = 365 * 86_400_000;
  const series =
    kind === "sqlite"
      ? `(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${count}) SELECT n FROM s)`
      : `(SELECT generate_series(1, ${count}) AS n)`;
  const text = (n: string) => (kind === "sqlite" ? `CAST(${n} AS TEXT)` : `(${n})::text`);
  const isoAt = (ms: string) =>
    kind === "sqlite"
      ? `strftime('%Y-%m-%dT%H:%M:%fZ', (${ms}) / 1000.0, 'unixepoch')`
      : `to_char(to_timestamp((${ms}) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const atMs = `(${nowMs - yearMs} + CAST(n AS BIGINT) * ${Math.floor(yearMs / count)})`;
  const at = isoAt(atMs);
  const id = (prefix: string) => `('${prefix}' || ${text("n")})`;
  const dialogue = `('d' || ${text("n % 20")})`;
  const run = (statement: string) => sql.raw(statement).execute(db);
  await run(`INSERT INTO visitors (id, site_id, attributes, first_seen_at, last_seen_at)
    SELECT ${id("av")}, '${site}', '{}', ${at}, ${at} FROM ${series} AS series`);
  await run(`INSERT INTO conversations (id, site_id, visitor_id, person_id, dialogue_id, version, kind, delivery,
      status, state, start_client_id, last_seq, started_at, updated_at)
    SELECT ${id("ac")}, '${site}', ${id("av")}, NULL, ${dialogue}, 2,
      CASE WHEN n % 20 >= 15 THEN 'flow' ELSE 'dialogue' END, 'chat', 'completed', '{}', ${id("ac")}, 0,
      ${at}, ${at} FROM ${series} AS series`);
  const missed = "n % 3 = 0";
  await run(`INSERT INTO live_chats (id, site_id, conversation_id, card_id, routing, status, agent_id, queued_at,
      assigned_at, ended_at, end_reason, last_activity_at, requested_at, updated_at)
    SELECT ${id("lc")}, '${site}', ${id("ac")}, 'live', '{}',
      CASE WHEN ${missed} THEN 'fallback' ELSE 'ended' END,
      CASE WHEN ${missed} THEN NULL ELSE ('u' || ${text("n % 10")}) END, ${at},
      CASE WHEN ${missed} THEN NULL ELSE ${isoAt(`${atMs} + 30000`)} END,
      ${isoAt(`${atMs} + 600000`)}, CASE WHEN ${missed} THEN 'fallback' ELSE 'agent' END,
      ${isoAt(`${atMs} + 600000`)}, ${at}, ${at} FROM ${series} AS series`);
  await run(`INSERT INTO meetings (id, site_id, user_id, conversation_id, dialogue_id, person_id, visitor_id,
      visitor_email, visitor_time_zone, starts_at, ends_at, status, source, uid, created_at, updated_at)
    SELECT ${id("m")}, '${site}', ('u' || ${text("n % 10")}), ${id("ac")}, ${dialogue},
      NULL, ${id("av")}, NULL, 'UTC', ${isoAt(`${atMs} + 86400000`)}, ${isoAt(`${atMs} + 88200000`)},
      CASE WHEN n % 10 = 0 THEN 'cancelled' WHEN n % 10 = 1 THEN 'no_show' ELSE 'scheduled' END,
      'card', ${id("uid")}, ${at}, ${at} FROM ${series} AS series`);
}
