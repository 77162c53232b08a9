import type { InvitationFacts } from "./readInvitationFacts";
import { durationText, meetingTimeText } from "./meetingTimeText";
import type { MeetingTokenValues } from "./renderMeetingTokens";
import { renderMeetingTokens } from "./renderMeetingTokens";

/**
 * What each token of the visitor's invitation says: the time in the visitor's zone and language, the
 * meeting's title (itself a template, without links), the links when the mail carries them.
 */
export function invitationTokenValues(
  facts: InvitationFacts,
  links: { rescheduleUrl: string; cancelUrl: string } | null,
): MeetingTokenValues {
  const { meeting, host, visitor, site } = facts;
  const language = meeting.language ?? site.language;
  const minutes = Math.round((Date.parse(meeting.ends_at) - Date.parse(meeting.starts_at)) / 60_000);
  const values: MeetingTokenValues = {
    "person.firstName": visitor.firstName,
    "person.lastName": visitor.lastName,
    "person.email": visitor.email,
    "company.name": facts.companyName,
    "agent.name": host.name,
    "agent.email": host.email,
    "site.name": site.name,
    "meeting.start": meetingTimeText(meeting.starts_at, meeting.visitor_time_zone, language),
    "meeting.timeZone": meeting.visitor_time_zone,
    "meeting.duration": durationText(minutes, language),
    "meeting.videoUrl": meeting.video_url,
    "meeting.rescheduleUrl": links?.rescheduleUrl ?? null,
    "meeting.cancelUrl": links?.cancelUrl ?? null,
  };
  return { ...values, "meeting.title": meetingTitle(facts, values) };
}

/** The meeting's title (the calendar event's summary): the site's template, never its links. */
export function meetingTitle(facts: InvitationFacts, values?: MeetingTokenValues): string {
  const base = values ?? invitationTokenValues(facts, null);
  const { "meeting.rescheduleUrl": _r, "meeting.cancelUrl": _c, ...safe } = base;
  return renderMeetingTokens(facts.settings.meetingTitle, safe, "line") || "Meeting";
}
