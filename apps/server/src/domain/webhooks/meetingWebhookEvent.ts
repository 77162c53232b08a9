import type { Kysely } from "kysely";
import { clock, nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";
import { presentMeeting, selectMeetings } from "../meetings/presentMeeting";
import { emitWebhookEvent } from "./emitWebhookEvent";

export type MeetingWebhookType =
  "meeting.booked" | "meeting.rescheduled" | "meeting.cancelled" | "meeting.no_show";

/**
 * A meeting change for webhook subscribers, in the transaction that made it (after its write): the
 * meeting as the meetings list shows it (without its routing log), `meetingId` first.
 */
export async function emitMeetingEvent(
  trx: Kysely<Database>,
  meetingId: string,
  type: MeetingWebhookType,
): Promise<void> {
  const site = await trx
    .selectFrom("meetings")
    .select("site_id")
    .where("id", "=", meetingId)
    .executeTakeFirstOrThrow();
  await emitWebhookEvent(trx, site.site_id, type, nowIso(), async () => {
    const row = await selectMeetings(trx).where("meetings.id", "=", meetingId).executeTakeFirstOrThrow();
    const { routingLog: _log, id, ...meeting } = presentMeeting(row, clock().now());
    return { meetingId: id, ...meeting };
  });
}
