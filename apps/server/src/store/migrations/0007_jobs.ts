import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * The durable job queue: work that must outlive a request and a node (webhook calls, mail, offers and
 * their timeouts, feed refreshes, purges). A job is a row written in the same transaction as the change
 * that needs it; any node claims due jobs with a lease.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    // queued → running → done | failed (attempts used up, or a permanent error)
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("lease_until", "text")
    .addColumn("locked_by", "text")
    .addColumn("dedupe_key", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("jobs_due").on("jobs").columns(["status", "run_at"]).execute();
  // While a job with a dedupe key waits or runs, another with the same key is not enqueued.
  await db.schema
    .createIndex("jobs_dedupe_open")
    .on("jobs")
    .column("dedupe_key")
    .unique()
    .where(sql.ref("status"), "in", sql`('queued', 'running')`)
    .execute();
}
