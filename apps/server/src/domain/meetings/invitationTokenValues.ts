import { MeetingSettings } from "@parley/protocol/meetings";
import type { MailLanguage } from "../../mail/words/mailWords";
import type { InvitationFacts } from "./readInvitationFacts";
import { durationText, meetingTimeText } from "./meetingTimeText";
import type { MeetingTokenValues } from "./renderMeetingTokens";
import { renderMeetingTokens } from "./renderMeetingTokens";

const DEFAULTS = MeetingSettings.parse({});

/**
 * The site's template, or — while the site keeps the (English) default — the default worded in the
 * mail's language. A template the site wrote is theirs, in whatever language they wrote it.
 */
export function siteOrOwnWords(
  template: string,
  setting: "meetingTitle" | "invitationBody",
  mail: MailLanguage,
): string {
  return template === DEFAULTS[setting] ? mail.words[setting] : template;
}

/**
 * What each token of a mail says, in `mail`'s language (the visitor's unless said otherwise): the time
 * in the visitor's zone, the meeting's title (itself a template, without links), the links when the
 * mail carries them.
 */
export function invitationTokenValues(
  facts: InvitationFacts,
  links: { rescheduleUrl: string; cancelUrl: string } | null,
  mail: MailLanguage = facts.visitorLanguage,
): MeetingTokenValues {
  const { meeting, host, visitor, site } = facts;
  const minutes = Math.round((Date.parse(meeting.ends_at) - Date.parse(meeting.starts_at)) / 60_000);
  const values: MeetingTokenValues = {
    "person.firstName": visitor.firstName,
    "person.lastName": visitor.lastName,
    "person.email": visitor.email,
    "company.name": facts.companyName,
    "agent.name": host.name,
    "agent.email": host.email,
    "site.name": site.name,
    "meeting.start": meetingTimeText(meeting.starts_at, meeting.visitor_time_zone, mail.locale),
    "meeting.timeZone": meeting.visitor_time_zone,
    "meeting.duration": durationText(minutes, mail.locale),
    "meeting.videoUrl": meeting.video_url,
    "meeting.rescheduleUrl": links?.rescheduleUrl ?? null,
    "meeting.cancelUrl": links?.cancelUrl ?? null,
  };
  return { ...values, "meeting.title": meetingTitle(facts, mail, values) };
}

/** The meeting's title (the calendar event's summary) in `mail`'s language: the site's template, never its links. */
export function meetingTitle(
  facts: InvitationFacts,
  mail: MailLanguage,
  values?: MeetingTokenValues,
): string {
  const base = values ?? invitationTokenValues(facts, null, mail);
  const { "meeting.rescheduleUrl": _r, "meeting.cancelUrl": _c, ...safe } = base;
  const template = siteOrOwnWords(facts.settings.meetingTitle, "meetingTitle", mail);
  return renderMeetingTokens(template, safe, "line") || "Meeting";
}
