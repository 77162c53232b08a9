import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Slots read a host's busy times that overlap the bookable range: `starts_at < to AND ends_at > from`.
 * On (user_id, starts_at) the only bound the index could use was `starts_at < to`, so every past
 * event of the host was read and thrown away; on (user_id, ends_at) the scan starts at the first
 * event that has not ended by `from` (the calendar sync keeps only the next few months ahead of it).
 * The old index served nothing else and is replaced, so neither planner can pick it.
 *
 * `meeting_invitations`: the invitations a booking, a reschedule or a cancellation owes, written in
 * its transaction with the meeting's time and sequence at that moment. The `meeting.invitations`
 * job renders the two mails into the outbox and deletes its row in one transaction: written once,
 * never lost when the process dies after the commit.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`drop index busy_times_user`.execute(db);
  await sql`create index busy_times_user_end on busy_times (user_id, ends_at)`.execute(db);

  await db.schema
    .createTable("meeting_invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("meeting_id", "text", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    // "booked" | "rescheduled" | "cancelled"
    .addColumn("kind", "text", (c) => c.notNull())
    // The meeting as the change left it (a later change queues its own invitation).
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("sequence", "integer", (c) => c.notNull())
    // The conversation's last message then: the host's transcript stops there.
    .addColumn("through_seq", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("meeting_invitations_meeting")
    .on("meeting_invitations")
    .column("meeting_id")
    .execute();
}
