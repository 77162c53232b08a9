import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Retention (docs/retention.md): a period per site and data class (no row: the default of
 * packages/protocol/src/retention.ts), the purge runs' reports, and the record of each erasure (no
 * personal data: the erased id and what went, so a second erase of the same person is harmless).
 * Page views' retention was a constant with its own hourly job (`pageViews.purge`); the retention job
 * enforces it now, so that job's pending row goes.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("retention_settings")
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // anonymousVisitors | pageViews | activities | transcripts | reportEvents
    .addColumn("data_class", "text", (c) => c.notNull())
    // null: kept forever
    .addColumn("days", "integer")
    .addColumn("updated_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("retention_settings_pk", ["site_id", "data_class"])
    .execute();

  await db.schema
    .createTable("retention_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // schedule | manual
    .addColumn("trigger", "text", (c) => c.notNull())
    // queued | running | done | failed
    .addColumn("status", "text", (c) => c.notNull())
    // JSON PurgeCounts
    .addColumn("removed", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("batches", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("more", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("requested_by", "text")
    .addColumn("queued_at", "text", (c) => c.notNull())
    .addColumn("started_at", "text")
    .addColumn("finished_at", "text")
    .addColumn("duration_ms", "integer")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("retention_runs_site")
    .on("retention_runs")
    .columns(["site_id", "queued_at"])
    .execute();

  await db.schema
    .createTable("erasures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // person | visitor
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("erased_by", "text")
    // JSON ErasureCounts
    .addColumn("removed", "text", (c) => c.notNull())
    .addColumn("erased_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("erasures_subject")
    .on("erasures")
    .columns(["site_id", "subject", "subject_id"])
    .unique()
    .execute();

  // What the purge and erasure look rows up by (each batch an index range, not a table scan).
  await db.schema.createIndex("activities_site_at").on("activities").columns(["site_id", "at"]).execute();
  await db.schema
    .createIndex("conversations_site_updated")
    .on("conversations")
    .columns(["site_id", "updated_at"])
    .execute();
  await db.schema
    .createIndex("visitors_site_seen")
    .on("visitors")
    .columns(["site_id", "last_seen_at"])
    .execute();
  await db.schema.createIndex("events_visitor").on("events").column("visitor_id").execute();
  await db.schema.createIndex("meetings_person").on("meetings").column("person_id").execute();
  await db.schema.createIndex("meetings_visitor").on("meetings").column("visitor_id").execute();

  await db.deleteFrom("jobs").where("kind", "=", "pageViews.purge").where("status", "=", "queued").execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const index of [
    "activities_site_at",
    "conversations_site_updated",
    "visitors_site_seen",
    "events_visitor",
    "meetings_person",
    "meetings_visitor",
  ])
    await db.schema.dropIndex(index).ifExists().execute();
  for (const table of ["erasures", "retention_runs", "retention_settings"])
    await db.schema.dropTable(table).ifExists().execute();
}
