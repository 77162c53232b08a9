import type { Kysely } from "kysely";
import { enqueueJob } from "../jobs/enqueueJob";
import type { Database } from "../store/schema";

export const CALENDAR_WRITE_JOB = "calendar.write";

export interface CalendarWritePayload {
  meetingId: string;
}

/**
 * Inside the booking's (reschedule's, cancellation's) transaction: the job that puts the meeting
 * into the host's CalDAV calendar (writeBookings connections), updates it after a reschedule, or
 * removes it after a cancellation. The job reads the meeting row when it runs (latest state wins),
 * so there is one job per change and no dedupe key: a job already running may have read the state
 * before this change. A host with no such connection, and a meeting never written, enqueue nothing.
 */
export async function enqueueCalendarWrite(trx: Kysely<Database>, meetingId: string): Promise<void> {
  const meeting = await trx
    .selectFrom("meetings")
    .select(["user_id", "caldav_href"])
    .where("id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) return;
  if (meeting.caldav_href === null) {
    const target = await trx
      .selectFrom("calendar_connections")
      .select("id")
      .where("user_id", "=", meeting.user_id)
      .where("kind", "=", "caldav")
      .where("write_bookings", "=", 1)
      .executeTakeFirst();
    if (!target) return;
  }
  const payload: CalendarWritePayload = { meetingId };
  await enqueueJob(trx, { kind: CALENDAR_WRITE_JOB, payload, maxAttempts: 8 });
}
