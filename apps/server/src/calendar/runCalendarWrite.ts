import type { Kysely } from "kysely";
import { z } from "zod";
import { PermanentJobError } from "../jobs/jobErrors";
import type { CalendarConnectionTable, Database, JobTable, MeetingTable } from "../store/schema";
import { announceCalendar } from "./announceCalendar";
import { CalendarFailure, failureFromError } from "./calendarFailure";
import { openConnectionSession } from "./connectionSession";
import type { DavSession } from "./davSession";
import { hostEventIcs } from "./hostEventIcs";
import { markConnectionHealthy, markConnectionTrouble } from "./markConnectionTrouble";
import { presentConnectionById } from "./presentCalendarConnection";
import type { SyncContext } from "./syncCalendarConnection";

const Payload = z.object({ meetingId: z.string() });

/** Where a meeting's event lives: where it was written, else the host's calendar that takes bookings. */
async function targetConnection(
  db: Kysely<Database>,
  meeting: MeetingTable,
): Promise<CalendarConnectionTable | undefined> {
  let query = db.selectFrom("calendar_connections").selectAll().where("kind", "=", "caldav");
  query = meeting.caldav_connection_id
    ? query.where("id", "=", meeting.caldav_connection_id)
    : query.where("user_id", "=", meeting.user_id).where("write_bookings", "=", 1).orderBy("created_at");
  return query.executeTakeFirst();
}

/** Bookkeeping of where the event is; only while the meeting is still in the state that was written. */
async function recordWritten(
  db: Kysely<Database>,
  meeting: MeetingTable,
  written: { connectionId: string | null; href: string | null; etag: string | null },
): Promise<void> {
  await db
    .updateTable("meetings")
    .set({ caldav_connection_id: written.connectionId, caldav_href: written.href, caldav_etag: written.etag })
    .where("id", "=", meeting.id)
    .where("updated_at", "=", meeting.updated_at)
    .execute();
}

/** True when the meeting changed after `meeting` was read: a later job writes the newer state. */
async function changedSince(db: Kysely<Database>, meeting: MeetingTable): Promise<boolean> {
  const now = await db
    .selectFrom("meetings")
    .select("updated_at")
    .where("id", "=", meeting.id)
    .executeTakeFirst();
  return !now || now.updated_at !== meeting.updated_at;
}

async function write(
  ctx: SyncContext,
  session: DavSession,
  meeting: MeetingTable,
  connection: CalendarConnectionTable,
): Promise<string> {
  const { db } = ctx.store;
  if (meeting.status === "cancelled") {
    if (!meeting.caldav_href) return "nothing written";
    let status = await session.deleteEvent(meeting.caldav_href, meeting.caldav_etag);
    // Changed there since we wrote it (the host edited it): it is cancelled all the same.
    if (status === 412 && !(await changedSince(db, meeting)))
      status = await session.deleteEvent(meeting.caldav_href, null);
    await recordWritten(db, meeting, { connectionId: null, href: null, etag: null });
    return `deleted (${status})`;
  }
  const host = await db
    .selectFrom("users")
    .innerJoin("sites", (j) => j.on("sites.id", "=", meeting.site_id))
    .select(["users.name", "users.email", "sites.name as siteName"])
    .where("users.id", "=", meeting.user_id)
    .executeTakeFirstOrThrow();
  const ics = hostEventIcs(meeting, {
    host: { name: host.name, email: host.email },
    siteName: host.siteName,
    publicUrl: ctx.config.publicUrl,
  });
  const create = meeting.caldav_href === null;
  // A name derived from the UID: a retried create finds its own earlier attempt instead of a twin.
  const href =
    meeting.caldav_href ?? new URL(`${encodeURIComponent(meeting.uid)}.ics`, connection.calendar_url!).href;
  let result = await session.putEvent(href, ics, { etag: meeting.caldav_etag, create });
  if (result.status === 412) {
    // Someone else wrote there: a later job of ours (it wins), or the host, or our own lost attempt.
    if (await changedSince(db, meeting)) return "superseded";
    result = await session.putEvent(href, ics, { etag: null, create: false });
    if (result.status === 412)
      throw new CalendarFailure("The calendar server refused to update the event", false, 412);
  }
  await recordWritten(db, meeting, { connectionId: connection.id, href, etag: result.etag });
  return create ? "created" : "updated";
}

/**
 * The calendar.write job: brings the meeting's event in the host's CalDAV calendar in line with the
 * meeting row as it is now (scheduled: PUT, created or updated with If-Match when an ETag is known;
 * cancelled: DELETE). Passing failures retry with the queue's backoff; a wrong password, a calendar
 * gone or the last attempt marks the connection (needs attention, the agent mailed once).
 */
export async function runCalendarWrite(ctx: SyncContext, payload: unknown, job: JobTable): Promise<string> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("calendar.write payload is malformed");
  const { db } = ctx.store;
  const meeting = await db
    .selectFrom("meetings")
    .selectAll()
    .where("id", "=", parsed.data.meetingId)
    .executeTakeFirst();
  if (!meeting) return "meeting gone";
  const connection = await targetConnection(db, meeting);
  if (!connection?.calendar_url) {
    // The connection was removed: the event stays in that calendar, Parley no longer tracks it.
    if (meeting.caldav_href) await recordWritten(db, meeting, { connectionId: null, href: null, etag: null });
    return "no calendar to write";
  }
  try {
    const session = await openConnectionSession(ctx, connection);
    const done = await write(ctx, session, meeting, connection);
    if (connection.status !== "ok") {
      await db.transaction().execute((trx) => markConnectionHealthy(trx, connection.id));
      const presented = await presentConnectionById(db, connection.id);
      if (presented) await announceCalendar(ctx, presented);
    }
    return done;
  } catch (error) {
    const failure = failureFromError("caldav", error);
    const last = failure.permanent || job.attempts >= job.max_attempts;
    if (last) {
      const problem = `${failure.message} (writing the meeting on ${meeting.starts_at.slice(0, 16).replace("T", " ")} UTC)`;
      const mailed = await db
        .transaction()
        .execute((trx) => markConnectionTrouble(trx, connection.id, problem, ctx.config.publicUrl));
      if (mailed) ctx.jobs.poke();
      const presented = await presentConnectionById(db, connection.id);
      if (presented) await announceCalendar(ctx, presented);
    }
    if (failure.permanent) throw new PermanentJobError(failure.message);
    throw failure;
  }
}
