import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Live chat (product.md §5): agents' profiles, the site's live-chat settings, the account list and
 * custom routing rules, one `live_chats` row per hand-over to a human (a conversation that comes back
 * after its chat ended gets a new one), offers with a partial unique index (one open offer per chat),
 * the round-robin pointers, the routing log, internal notes (a table of their own: the visitor's
 * message stream can never carry one), canned responses and who took part in a conversation.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("sites")
    // JSON LiveChatSettings (packages/protocol/src/liveChat.ts); `{}` means every default.
    .addColumn("livechat_settings", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();

  await db.schema
    .createTable("agent_profiles")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    // 1–10; null: the site's default.
    .addColumn("concurrency_limit", "integer")
    // IANA zone, e.g. Europe/Paris
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    // JSON WeeklySchedule; null: no schedule (available whenever online unless toggled away).
    .addColumn("schedule", "text")
    // "available" | "away" | null (follow the schedule)
    .addColumn("availability", "text")
    // When the manual toggle stops overriding the schedule (next block start or local midnight).
    .addColumn("availability_until", "text")
    // base64 of a square PNG/JPEG/WebP ≤ 256 KB, and its type
    .addColumn("avatar", "text")
    .addColumn("avatar_type", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("account_routes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // a lower-case email domain (acme.com) or a company of the site; one of the two
    .addColumn("domain", "text")
    .addColumn("company_id", "text", (c) => c.references("companies.id").onDelete("cascade"))
    .addColumn("owner_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("account_routes_domain")
    .on("account_routes")
    .columns(["site_id", "domain"])
    .unique()
    .where(sql.ref("domain"), "is not", null)
    .execute();
  await db.schema
    .createIndex("account_routes_company")
    .on("account_routes")
    .columns(["site_id", "company_id"])
    .unique()
    .where(sql.ref("company_id"), "is not", null)
    .execute();

  await db.schema
    .createTable("routing_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    // lower first
    .addColumn("priority", "integer", (c) => c.notNull())
    // JSON array of user ids; or a team
    .addColumn("agent_ids", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("team_id", "text", (c) => c.references("teams.id").onDelete("set null"))
    // JSON array of packages/flow AttributeConditions, all of which must hold
    .addColumn("conditions", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("routing_rules_site")
    .on("routing_rules")
    .columns(["site_id", "priority"])
    .execute();

  await db.schema
    .createTable("live_chats")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("card_id", "text", (c) => c.notNull())
    // JSON Routing of the card (packages/flow cards/routing.ts)
    .addColumn("routing", "text", (c) => c.notNull())
    // LiveChatStatus: routing | offered | queued | assigned | ended | fallback
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("agent_id", "text", (c) => c.references("users.id").onDelete("set null"))
    // set by a transfer to a team: the team's members are offered it
    .addColumn("team_id", "text", (c) => c.references("teams.id").onDelete("set null"))
    // offers made so far in the current round
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("queued_at", "text")
    .addColumn("assigned_at", "text")
    .addColumn("ended_at", "text")
    // EndReason: agent | visitor | inactivity | fallback
    .addColumn("end_reason", "text")
    // last message from either side (inactivity counts from here)
    .addColumn("last_activity_at", "text", (c) => c.notNull())
    // 0–3, set by the agent
    .addColumn("score", "integer")
    .addColumn("visitor_delivered_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("visitor_read_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("agent_delivered_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("agent_read_seq", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("live_chats_conversation").on("live_chats").column("conversation_id").execute();
  await db.schema
    .createIndex("live_chats_site_status")
    .on("live_chats")
    .columns(["site_id", "status", "queued_at"])
    .execute();
  await db.schema.createIndex("live_chats_agent").on("live_chats").columns(["agent_id", "status"]).execute();
  // At most one chat that is not over per conversation.
  await db.schema
    .createIndex("live_chats_one_open")
    .on("live_chats")
    .column("conversation_id")
    .unique()
    .where(sql.ref("status"), "in", sql`('routing', 'offered', 'queued', 'assigned')`)
    .execute();

  await db.schema
    .createTable("chat_offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("chat_id", "text", (c) => c.notNull().references("live_chats.id").onDelete("cascade"))
    .addColumn("site_id", "text", (c) => c.notNull())
    .addColumn("agent_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("attempt", "integer", (c) => c.notNull())
    // open | accepted | declined | timed_out | withdrawn
    .addColumn("status", "text", (c) => c.notNull())
    // what made it: "route" | "queue" | "transfer"; a transfer's note
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("from_agent_id", "text")
    .addColumn("offered_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .execute();
  await db.schema
    .createIndex("chat_offers_one_open")
    .on("chat_offers")
    .column("chat_id")
    .unique()
    .where(sql.ref("status"), "=", "open")
    .execute();
  await db.schema
    .createIndex("chat_offers_agent")
    .on("chat_offers")
    .columns(["agent_id", "status"])
    .execute();

  await db.schema
    .createTable("routing_pointers")
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // "all", "team:<id>", "rule:<id>", "card:<dialogue>:<card>" …: one strict order per pool
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("last_agent_id", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("routing_pointers_pk", ["site_id", "scope"])
    .execute();

  await db.schema
    .createTable("routing_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("chat_id", "text", (c) => c.notNull().references("live_chats.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) => c.notNull())
    // order within the chat
    .addColumn("pos", "integer", (c) => c.notNull())
    // RoutingLogKind
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("agent_id", "text")
    // JSON: stage, reason, rule, attempt …
    .addColumn("detail", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("routing_log_chat")
    .on("routing_log")
    .columns(["chat_id", "pos"])
    .unique()
    .execute();
  await db.schema
    .createIndex("routing_log_conversation")
    .on("routing_log")
    .column("conversation_id")
    .execute();

  await db.schema
    .createTable("conversation_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("author_id", "text", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("client_id", "text")
    // the conversation's last message when it was written: where it shows in the transcript
    .addColumn("after_seq", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("conversation_notes_conversation")
    .on("conversation_notes")
    .columns(["conversation_id", "after_seq"])
    .execute();
  await db.schema
    .createIndex("conversation_notes_client")
    .on("conversation_notes")
    .columns(["conversation_id", "client_id"])
    .unique()
    .where(sql.ref("client_id"), "is not", null)
    .execute();

  await db.schema
    .createTable("chat_participants")
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("joined_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("chat_participants_pk", ["conversation_id", "user_id"])
    .execute();
  await db.schema.createIndex("chat_participants_user").on("chat_participants").column("user_id").execute();

  await db.schema
    .createTable("canned_responses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    // typed after `/`: letters, digits, - and _
    .addColumn("shortcut", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("canned_responses_shortcut")
    .on("canned_responses")
    .columns(["site_id", "shortcut"])
    .unique()
    .execute();

  // Unique client ids per conversation make a repeated send of a chat message a no-op.
  await db.schema
    .createIndex("messages_client_id")
    .on("messages")
    .columns(["conversation_id", "client_id"])
    .unique()
    .where(sql.ref("client_id"), "is not", null)
    .execute();
}
