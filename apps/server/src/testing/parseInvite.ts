import ICAL from "ical.js";
import type { ReceivedMail } from "./smtpSink";

export interface ParsedInvite {
  contentType: string;
  method: string;
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
  /** UTC instants; null when DTSTART/DTEND are not written in UTC. */
  start: string | null;
  end: string | null;
  organizer: string;
  attendee: string;
}

const utc = (event: ICAL.Component, name: string): string | null => {
  const time = event.getFirstPropertyValue(name) as ICAL.Time | null;
  return time && time.zone?.tzid === "UTC" ? time.toJSDate().toISOString() : null;
};
const address = (event: ICAL.Component, name: string): string =>
  String(event.getFirstPropertyValue(name) ?? "").toLowerCase();

/** A received mail's `invite.ics`, read with a real iCalendar parser (ical.js); throws when there is none. */
export function parseInvite(mail: ReceivedMail): ParsedInvite {
  const file = mail.attachments.find((a) => a.filename === "invite.ics");
  if (!file) throw new Error(`no invite.ics in the mail "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(file.content));
  const events = calendar.getAllSubcomponents("vevent");
  if (events.length !== 1) throw new Error(`invite.ics holds ${events.length} events`);
  const event = events[0] as ICAL.Component;
  return {
    contentType: file.contentType,
    method: String(calendar.getFirstPropertyValue("method")),
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: String(event.getFirstPropertyValue("status")),
    summary: String(event.getFirstPropertyValue("summary")),
    description: String(event.getFirstPropertyValue("description") ?? ""),
    start: utc(event, "dtstart"),
    end: utc(event, "dtend"),
    organizer: address(event, "organizer"),
    attendee: address(event, "attendee"),
  };
}
