import type { Kysely } from "kysely";
import { z } from "zod";
import { failureFromError } from "../../calendar/calendarFailure";
import { openConnectionSession } from "../../calendar/connectionSession";
import type { SyncContext } from "../../calendar/syncCalendarConnection";
import { enqueueJob } from "../../jobs/enqueueJob";
import { PermanentJobError } from "../../jobs/jobErrors";
import type { Database } from "../../store/schema";

/** Deletes one erased person's meeting event from the host's CalDAV calendar; retried until it can. */
export const CALENDAR_ERASE_JOB = "retention.calendarErase";
/** With the queue's doubling backoff, a calendar may stay unreachable for days before the job gives up. */
export const CALENDAR_ERASE_MAX_ATTEMPTS = 20;

const Payload = z.object({ connectionId: z.string(), href: z.string() });
export type CalendarErasePayload = z.infer<typeof Payload>;

/**
 * Inside the erasure's transaction: for each of these meetings whose event was written on a host's
 * CalDAV calendar (it names the visitor, their email and the conversation), a durable job that
 * deletes it there, and the meeting forgets where it was written. The payload names the calendar
 * and the event's address only. Returns how many events are to be deleted. Call `ctx.jobs.poke()`
 * after the commit.
 */
export async function queueCalendarErasures(
  trx: Kysely<Database>,
  siteId: string,
  meetingIds: readonly string[],
): Promise<number> {
  if (meetingIds.length === 0) return 0;
  const written = await trx
    .selectFrom("meetings")
    .select(["id", "caldav_connection_id", "caldav_href"])
    .where("site_id", "=", siteId)
    .where("id", "in", meetingIds)
    .where("caldav_href", "is not", null)
    .where("caldav_connection_id", "is not", null)
    .execute();
  for (const meeting of written) {
    const payload: CalendarErasePayload = {
      connectionId: meeting.caldav_connection_id!,
      href: meeting.caldav_href!,
    };
    await enqueueJob(trx, { kind: CALENDAR_ERASE_JOB, payload, maxAttempts: CALENDAR_ERASE_MAX_ATTEMPTS });
  }
  if (written.length)
    await trx
      .updateTable("meetings")
      .set({ caldav_connection_id: null, caldav_href: null, caldav_etag: null })
      .where(
        "id",
        "in",
        written.map((m) => m.id),
      )
      .execute();
  return written.length;
}

/**
 * The retention.calendarErase job: DELETE of the event through the connection's CalDAV session,
 * unconditionally (the host's edits there do not keep it). Gone already (404) is done. A calendar
 * that cannot be reached, or refuses for now, throws: the queue retries with its backoff. A
 * connection removed since has no calendar to reach: nothing Parley can do there.
 */
export async function runCalendarErase(ctx: SyncContext, payload: unknown): Promise<string> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("retention.calendarErase payload is malformed");
  const connection = await ctx.store.db
    .selectFrom("calendar_connections")
    .selectAll()
    .where("id", "=", parsed.data.connectionId)
    .executeTakeFirst();
  if (!connection) return "connection removed";
  try {
    const session = await openConnectionSession(ctx, connection);
    const status = await session.deleteEvent(parsed.data.href, null);
    return status === 404 ? "already gone" : `deleted (${status})`;
  } catch (error) {
    // Every failure is retried, a refused password too: the host may mend the connection meanwhile.
    throw failureFromError("caldav", error);
  }
}
