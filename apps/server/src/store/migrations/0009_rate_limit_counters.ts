import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Fixed-window counters for rate limits on public endpoints (new visitors per address, conversation
 * starts per visitor): one row per key and window, raised by an atomic upsert, so a limit holds across
 * every node sharing the database. Rows past `expires_at` are purged by a recurring job.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("rate_limit_counters")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limit_counters_pk", ["key", "window_start"])
    .execute();
  await db.schema
    .createIndex("rate_limit_counters_expiry")
    .on("rate_limit_counters")
    .column("expires_at")
    .execute();
}
