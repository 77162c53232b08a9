import { sql } from "kysely";
import type { TestServer } from "./testServer";

/**
 * Resolves once some PostgreSQL session of the server's database waits for a lock: the signal that a
 * request queued behind a transaction the test holds open (no sleeping, no timing).
 */
export async function someoneWaitsForALock(server: TestServer): Promise<void> {
  const db = server.parley.ctx.store.db;
  for (;;) {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
