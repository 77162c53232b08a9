import type { ConversationTable, MeetingOfferTable, MeetingTable } from "../../store/schema";
import type { EventLog } from "../engine/recordEvent";
import type { MeetingHost } from "@parley/protocol/meetings";

/**
 * The "scheduled meeting" activity on the visitor's and person's timeline (and the event reports
 * count), in the booking's event log. The widget turns it into the `meeting.booked` JS API event,
 * with the agent and the meeting's time.
 */
export function recordMeetingActivity(
  log: EventLog,
  conversation: ConversationTable,
  offer: Pick<MeetingOfferTable, "card_id">,
  meeting: Pick<MeetingTable, "id" | "starts_at" | "ends_at" | "source">,
  host: MeetingHost,
): void {
  log.add(conversation, "meeting_scheduled", offer.card_id, {
    meetingId: meeting.id,
    startsAt: meeting.starts_at,
    endsAt: meeting.ends_at,
    agentId: host.id,
    agentName: host.name,
    agentEmail: host.email,
    source: meeting.source,
  });
}
