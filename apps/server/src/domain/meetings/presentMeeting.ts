import type { Meeting, MeetingStatus } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database, MeetingTable } from "../../store/schema";

/** upcoming / happened by time; rescheduled while a moved meeting is still ahead. */
export function meetingStatus(
  row: Pick<MeetingTable, "status" | "ends_at" | "reschedule_count">,
  now: number,
): MeetingStatus {
  if (row.status !== "scheduled") return row.status;
  if (Date.parse(row.ends_at) <= now) return "happened";
  return row.reschedule_count > 0 ? "rescheduled" : "upcoming";
}

export type MeetingRow = MeetingTable & {
  agent_name: string;
  agent_email: string;
  dialogue_name: string | null;
};

/** The meetings of a site with their host and dialogue, for the list, CSV and events. */
export function selectMeetings(db: Kysely<Database>) {
  return db
    .selectFrom("meetings")
    .innerJoin("users", "users.id", "meetings.user_id")
    .leftJoin("dialogues", "dialogues.id", "meetings.dialogue_id")
    .selectAll("meetings")
    .select(["users.name as agent_name", "users.email as agent_email", "dialogues.name as dialogue_name"]);
}

export function presentMeeting(row: MeetingRow, now: number): Meeting {
  return {
    id: row.id,
    siteId: row.site_id,
    status: meetingStatus(row, now),
    start: row.starts_at,
    end: row.ends_at,
    agent: { id: row.user_id, name: row.agent_name, email: row.agent_email },
    visitorEmail: row.visitor_email,
    visitorName: row.visitor_name,
    visitorTimeZone: row.visitor_time_zone,
    personId: row.person_id,
    conversationId: row.conversation_id,
    dialogue: row.dialogue_id && row.dialogue_name ? { id: row.dialogue_id, name: row.dialogue_name } : null,
    source: row.source,
    rescheduleCount: row.reschedule_count,
    routingLog: parseJson<Meeting["routingLog"]>(row.routing_log, []),
    videoUrl: row.video_url,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
