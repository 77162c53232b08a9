import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Meetings and calendars (product.md §6): each host's availability (one JSON document per user),
 * their calendar connections (CalDAV or ICS feed) and the busy times read from them, the site's
 * meeting settings, meeting offers (one per Meeting card reached, live-chat fallback or booking
 * shared in a chat: what the visitor books against) and the meetings themselves. A partial unique
 * index on (host, start) of scheduled meetings backs the claim's re-check inside the host's lock.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("sites")
    // JSON MeetingSettings (packages/protocol/src/meetings.ts); `{}` means every default.
    .addColumn("meeting_settings", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();

  await db.schema
    .createTable("meeting_availability")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    // JSON Availability; the row is also what a booking locks (FOR UPDATE) to claim the host's time.
    .addColumn("settings", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("calendar_connections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // caldav | ics
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    // CalDAV: the account (server) address; ICS: the feed address (it is itself the secret)
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("username", "text")
    // the CalDAV password, encrypted with the instance secret (calendar/secretBox.ts)
    .addColumn("secret", "text")
    // CalDAV: the chosen calendar collection
    .addColumn("calendar_url", "text")
    .addColumn("write_bookings", "integer", (c) => c.notNull().defaultTo(0))
    // ok | needs_attention
    .addColumn("status", "text", (c) => c.notNull().defaultTo("ok"))
    .addColumn("last_error", "text")
    .addColumn("last_synced_at", "text")
    // when the agent was mailed about the current trouble (null again once it works)
    .addColumn("notified_at", "text")
    // ICS: validators for a conditional GET (the feed unchanged costs nothing)
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("calendar_connections_user")
    .on("calendar_connections")
    .column("user_id")
    .execute();

  await db.schema
    .createTable("busy_times")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("connection_id", "text", (c) =>
      c.notNull().references("calendar_connections.id").onDelete("cascade"),
    )
    .addColumn("user_id", "text", (c) => c.notNull())
    // UTC instants; all-day events span the day in the event's (or the agent's) zone
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    // the event's UID (a meeting Parley wrote itself is not counted twice)
    .addColumn("uid", "text")
    .execute();
  await db.schema.createIndex("busy_times_user").on("busy_times").columns(["user_id", "starts_at"]).execute();
  await db.schema.createIndex("busy_times_connection").on("busy_times").column("connection_id").execute();

  await db.schema
    .createTable("meeting_offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("conversation_id", "text", (c) =>
      c.notNull().references("conversations.id").onDelete("cascade"),
    )
    // the Meeting (or Live chat, for its fallback) card; null for a booking shared in a chat
    .addColumn("card_id", "text")
    // card | liveChatFallback | shared
    .addColumn("reason", "text", (c) => c.notNull())
    // JSON packages/flow Routing
    .addColumn("routing", "text", (c) => c.notNull())
    // open | booked | closed
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("meeting_id", "text")
    // the agent who shared it in a chat
    .addColumn("shared_by", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("meeting_offers_conversation")
    .on("meeting_offers")
    .column("conversation_id")
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("site_id", "text", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("offer_id", "text")
    .addColumn("conversation_id", "text", (c) => c.references("conversations.id").onDelete("set null"))
    .addColumn("dialogue_id", "text")
    .addColumn("person_id", "text")
    .addColumn("visitor_id", "text")
    .addColumn("visitor_email", "text")
    .addColumn("visitor_name", "text")
    .addColumn("visitor_time_zone", "text", (c) => c.notNull())
    .addColumn("language", "text")
    // UTC instants
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    // scheduled | cancelled | no_show
    .addColumn("status", "text", (c) => c.notNull())
    // card | liveChatFallback | shared
    .addColumn("source", "text", (c) => c.notNull())
    // iCalendar identity: the same UID for every update, SEQUENCE counting them
    .addColumn("uid", "text", (c) => c.notNull())
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("reschedule_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("video_url", "text")
    // JSON: how the host was chosen (Meeting.routingLog)
    .addColumn("routing_log", "text", (c) => c.notNull().defaultTo("[]"))
    // where the event was written in the host's CalDAV calendar (null: not written / none)
    .addColumn("caldav_connection_id", "text")
    .addColumn("caldav_href", "text")
    .addColumn("caldav_etag", "text")
    .addColumn("cancel_reason", "text")
    .addColumn("cancelled_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("meetings_host_start")
    .on("meetings")
    .columns(["user_id", "starts_at"])
    .unique()
    .where(sql.ref("status"), "=", "scheduled")
    .execute();
  await db.schema
    .createIndex("meetings_site_start")
    .on("meetings")
    .columns(["site_id", "starts_at"])
    .execute();
  await db.schema.createIndex("meetings_host_range").on("meetings").columns(["user_id", "ends_at"]).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    "meetings",
    "meeting_offers",
    "busy_times",
    "calendar_connections",
    "meeting_availability",
  ])
    await db.schema.dropTable(table).ifExists().execute();
  await db.schema.alterTable("sites").dropColumn("meeting_settings").execute();
}
