import type { ManagedMeeting } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { AppError, notFound } from "../../errors";
import type { Database, MeetingTable } from "../../store/schema";
import { freeSlots } from "../availability/freeSlots";
import { byLocalDay } from "./readOfferView";
import { checkManageToken, manageDeadline } from "./manageToken";
import { readMeetingSettings } from "./readMeetingSettings";

/** Why a visitor's link may not change the meeting now, or null when it may. */
export function changeRefusal(
  meeting: Pick<MeetingTable, "status" | "starts_at">,
  cutoffHours: number,
  now: number,
): AppError | null {
  if (meeting.status === "cancelled")
    return new AppError("conflict", "This meeting is already cancelled.", { reason: "cancelled" });
  if (meeting.status !== "scheduled" || manageDeadline(meeting.starts_at, cutoffHours) <= now)
    return new AppError(
      "conflict",
      cutoffHours > 0
        ? `This meeting can no longer be changed online (links stop working ${cutoffHours} hour(s) before it starts).`
        : "This meeting can no longer be changed online: it has started.",
      { reason: "too_late" },
    );
  return null;
}

/**
 * The visitor's manage page for a link's token: the meeting and, while it may still move, the same
 * host's free slots (its own time counting as free, its current start left out) grouped by the
 * visitor's day in `timeZone`. An expired link still shows the meeting, unchangeable; a forged one is a 400.
 */
export async function readManagedMeeting(
  db: Kysely<Database>,
  secretKey: string,
  token: string,
  timeZone: string | null,
  now: number,
): Promise<ManagedMeeting> {
  const check = checkManageToken(secretKey, token, now);
  if (!check.ok && check.reason === "invalid")
    throw new AppError("bad_request", "This link is not valid. Use the link from your latest invitation.", {
      reason: "invalid_token",
    });
  const meetingId = check.meetingId as string;
  const meeting = await db
    .selectFrom("meetings")
    .innerJoin("users", "users.id", "meetings.user_id")
    .innerJoin("sites", "sites.id", "meetings.site_id")
    .selectAll("meetings")
    .select(["users.name as agent_name", "sites.name as site_name"])
    .where("meetings.id", "=", meetingId)
    .executeTakeFirst();
  if (!meeting) throw notFound("Meeting");
  const settings = await readMeetingSettings(db, meeting.site_id);
  const zone = timeZone ?? meeting.visitor_time_zone;
  const canChange = check.ok && changeRefusal(meeting, settings.manageCutoffHours, now) === null;
  const slots = canChange
    ? ((await freeSlots(db, [meeting.user_id], now, undefined, meeting.id)).get(meeting.user_id) ?? [])
    : [];
  return {
    meetingId: meeting.id,
    status: meeting.status === "cancelled" ? "cancelled" : "scheduled",
    start: meeting.starts_at,
    end: meeting.ends_at,
    agentName: meeting.agent_name,
    siteName: meeting.site_name,
    timeZone: zone,
    canChange,
    days: byLocalDay(
      slots.filter((s) => Date.parse(s.start) !== Date.parse(meeting.starts_at)),
      zone,
    ),
  };
}
