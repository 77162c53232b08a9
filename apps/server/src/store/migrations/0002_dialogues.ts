import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** Dialogues and flows, their published versions, segments, the answer library, and per-visitor dialogue state. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("dialogues")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("priority", "integer", (c) => c.notNull())
    .addColumn("schedule_start", "text")
    .addColumn("schedule_end", "text")
    .addColumn("targeting", "text", (c) => c.notNull())
    .addColumn("flow_settings", "text", (c) => c.notNull())
    .addColumn("draft", "text", (c) => c.notNull())
    .addColumn("published_version", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dialogues_site_status")
    .on("dialogues")
    .columns(["site_id", "status"])
    .execute();

  await db.schema
    .createTable("dialogue_versions")
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("stream", "text", (c) => c.notNull())
    .addColumn("published_by", "text")
    .addColumn("published_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("dialogue_versions_pk", ["dialogue_id", "version"])
    .execute();

  await db.schema
    .createTable("segments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("conditions", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("segments_name", ["site_id", "name"])
    .execute();

  await db.schema
    .createTable("answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("question", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull())
    .addColumn("keywords", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("answers_site").on("answers").column("site_id").execute();

  await db.schema
    .createTable("visitor_dialogues")
    .addColumn("visitor_id", "text", (c) => c.notNull().references("visitors.id").onDelete("cascade"))
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("visitor_dialogues_pk", ["visitor_id", "dialogue_id"])
    .execute();

  await db.schema
    .createTable("page_views")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("visitor_id", "text", (c) => c.notNull().references("visitors.id").onDelete("cascade"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("referrer", "text")
    .addColumn("attributes", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("page_views_visitor_at")
    .on("page_views")
    .columns(["visitor_id", "at"])
    .execute();
}
