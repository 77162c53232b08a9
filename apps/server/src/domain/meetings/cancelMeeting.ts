import type { Kysely } from "kysely";
import { enqueueCalendarWrite } from "../../calendar/enqueueCalendarWrite";
import { nowIso } from "../../lib/clock";
import type { Database, MeetingTable } from "../../store/schema";
import { queueInvitations } from "./queueInvitations";
import { emitMeetingEvent } from "../webhooks/meetingWebhookEvent";

/**
 * Cancels a scheduled meeting inside the caller's transaction (the host's lock held, the caller's
 * checks done): status, when, why, SEQUENCE raised; both parties get a METHOD:CANCEL invitation and
 * the host's calendar loses the event. The caller pokes the jobs and announces after the commit.
 */
export async function cancelMeeting(
  trx: Kysely<Database>,
  meeting: MeetingTable,
  reason: string | null,
): Promise<void> {
  const now = nowIso();
  await trx
    .updateTable("meetings")
    .set({
      status: "cancelled",
      cancelled_at: now,
      cancel_reason: reason?.trim() || null,
      sequence: meeting.sequence + 1,
      updated_at: now,
    })
    .where("id", "=", meeting.id)
    .execute();
  await emitMeetingEvent(trx, meeting.id, "meeting.cancelled");
  await queueInvitations(trx, meeting.id, "cancelled");
  await enqueueCalendarWrite(trx, meeting.id);
}
