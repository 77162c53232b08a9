import type { Kysely } from "kysely";
import type { Database } from "../store/schema";

export const CALENDAR_WRITE_JOB = "calendar.write";

/**
 * OWNED BY h10-calendar. Inside the booking's (reschedule's, cancellation's) transaction: the job
 * that puts the meeting into the host's CalDAV calendar (writeBookings connections), updates it after
 * a reschedule, or removes it after a cancellation. Reads the meeting row when it runs (latest state
 * wins); a host without such a connection makes it a no-op.
 */
export async function enqueueCalendarWrite(_trx: Kysely<Database>, _meetingId: string): Promise<void> {
  throw new Error("TODO h10-calendar: enqueueCalendarWrite");
}
