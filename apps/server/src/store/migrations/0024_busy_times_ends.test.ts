import { type Kysely, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { busyTimesQuery } from "../../domain/availability/freeSlots";
import { type DatabaseBefore, databaseBefore } from "../../testing/databaseBefore";
import { DATABASE_KINDS } from "../../testing/testDatabases";
import { migrateToLatest } from "../migrate";
import type { Database } from "../schema";

const opened: DatabaseBefore[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.close();
});

const HOUR = 3_600_000;
const NOW = Date.parse("2027-03-15T08:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();

/** The plan of the slots' busy-times read, one line of text per node. */
async function planOf(db: Kysely<Database>, kind: "sqlite" | "postgres"): Promise<string> {
  const query = busyTimesQuery(db, ["u1"], NOW - 48 * HOUR, NOW + 32 * 24 * HOUR).compile();
  // Literal values: EXPLAIN takes no parameters on PostgreSQL.
  let n = 0;
  const text = query.sql.replace(/\$\d+|\?/g, () => `'${String(query.parameters[n++])}'`);
  return db.connection().execute(async (conn) => {
    // A table this small is cheaper to scan whole: ask PostgreSQL which index it would take.
    if (kind === "postgres") await sql`set enable_seqscan = off`.execute(conn);
    const prefix = kind === "postgres" ? "explain (costs off) " : "explain query plan ";
    const { rows } = await sql.raw<Record<string, unknown>>(prefix + text).execute(conn);
    if (kind === "postgres") await sql`reset enable_seqscan`.execute(conn);
    return rows.map((r) => String(r["QUERY PLAN"] ?? r.detail)).join("\n");
  });
}

for (const kind of DATABASE_KINDS) {
  describe(`0024_busy_times_ends [${kind}]`, () => {
    it("keeps the busy times and reads them from the first one not yet ended, past events unread", async () => {
      const before = await databaseBefore(kind, "0024_busy_times_ends");
      opened.push(before);
      const { db, store } = before;
      const at = iso(NOW);
      await db
        .insertInto("roles")
        .values({
          id: "r1",
          key: "calendar_agent",
          name: "Calendar agent",
          permissions: "[]",
          built_in: 1,
          created_at: at,
        })
        .execute();
      await db
        .insertInto("users")
        .values({
          id: "u1",
          email: "u1@x.test",
          name: "U",
          password_hash: "x",
          role_id: "r1",
          site_ids: null,
          active: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db
        .insertInto("calendar_connections")
        .values({
          id: "c1",
          user_id: "u1",
          kind: "ics",
          name: "Work",
          url: "https://x.test/a.ics",
          username: null,
          secret: null,
          calendar_url: null,
          write_bookings: 0,
          status: "ok",
          last_error: null,
          last_synced_at: at,
          notified_at: null,
          etag: null,
          last_modified: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      // A year of past events every three hours, and the next two days.
      const rows = Array.from({ length: 3000 }, (_, i) => {
        const start = NOW - 365 * 24 * HOUR + i * 3 * HOUR;
        return {
          id: `b${i}`,
          connection_id: "c1",
          user_id: "u1",
          starts_at: iso(start),
          ends_at: iso(start + HOUR),
          uid: `e${i}`,
        };
      });
      for (let i = 0; i < rows.length; i += 150)
        await db
          .insertInto("busy_times")
          .values(rows.slice(i, i + 150))
          .execute();

      await migrateToLatest(store.db);

      const plan = await planOf(store.db, kind);
      expect(plan).toContain("busy_times_user_end");
      expect(plan).toMatch(kind === "postgres" ? /Index Cond: .*ends_at >/ : /\(user_id=\? AND ends_at>\?\)/);
      const read = await busyTimesQuery(store.db, ["u1"], NOW - 48 * HOUR, NOW + 32 * 24 * HOUR).execute();
      expect(read.length).toBe(rows.filter((r) => r.ends_at > iso(NOW - 48 * HOUR)).length);
      expect(await store.db.selectFrom("busy_times").select("id").execute()).toHaveLength(3000);
    });
  });
}
