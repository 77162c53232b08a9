import { type Kysely, sql } from "kysely";
import type { Store } from "./db";
import type { Database } from "./schema";

// An arbitrary constant naming "Parley start-up" among PostgreSQL advisory locks.
const STARTUP_LOCK = 7_041_972_001;

/**
 * Runs `work` while holding a cluster-wide lock, so nodes starting together do one-time work
 * (first admin, demo site) exactly once. SQLite is single-node: no lock needed.
 */
export async function withInstanceLock<T>(
  store: Store,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (store.kind !== "postgres") return work(store.db);
  return store.db.connection().execute(async (db) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(db);
    try {
      return await work(db);
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(db);
    }
  });
}
