import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** Conversations, their ordered messages, and the append-only events table the reports read. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("visitor_id", "text", (c) => c.notNull().references("visitors.id").onDelete("cascade"))
    .addColumn("person_id", "text")
    .addColumn("dialogue_id", "text", (c) => c.notNull().references("dialogues.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("delivery", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("score", "integer")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("page_url", "text")
    .addColumn("start_client_id", "text", (c) => c.notNull())
    .addColumn("last_seq", "integer", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .addUniqueConstraint("conversations_start_client", ["visitor_id", "start_client_id"])
    .execute();
  await db.schema
    .createIndex("conversations_visitor")
    .on("conversations")
    .columns(["visitor_id", "updated_at"])
    .execute();
  await db.schema
    .createIndex("conversations_dialogue")
    .on("conversations")
    .columns(["dialogue_id", "version"])
    .execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("client_id", "text")
    .addColumn("author", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("messages_seq", ["conversation_id", "seq"])
    .addUniqueConstraint("messages_client", ["conversation_id", "client_id"])
    .execute();

  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("dialogue_id", "text")
    .addColumn("version", "integer")
    .addColumn("conversation_id", "text")
    .addColumn("visitor_id", "text")
    .addColumn("person_id", "text")
    .addColumn("card_id", "text")
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("events_site_type_at")
    .on("events")
    .columns(["site_id", "type", "at"])
    .execute();
  await db.schema
    .createIndex("events_dialogue")
    .on("events")
    .columns(["dialogue_id", "version", "type"])
    .execute();
}
