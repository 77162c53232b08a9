import { createEvent, type EventAttributes } from "ics";

/** What an invitation or a CalDAV event says about one meeting. */
export interface MeetingIcsInput {
  uid: string;
  sequence: number;
  /** UTC instants. */
  start: string;
  end: string;
  title: string;
  description: string;
  videoUrl: string | null;
  organizer: { name: string; email: string };
  attendee: { name: string | null; email: string };
  /** REQUEST: booked or moved; CANCEL: cancelled (STATUS:CANCELLED); null: a stored CalDAV event (no METHOD). */
  method: "REQUEST" | "CANCEL" | null;
  /** The instant the event was last changed (DTSTAMP), UTC. */
  stamp: string;
}

const PRODUCT_ID = "-//Parley//Meetings//EN";

function instant(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`meetingIcs: ${field} is not an instant: ${iso}`);
  return ms;
}

/**
 * One VCALENDAR with one VEVENT (built with the `ics` library, UTC times):
 * METHOD, UID, SEQUENCE, DTSTAMP, DTSTART/DTEND, SUMMARY, DESCRIPTION, LOCATION/URL (video link),
 * ORGANIZER and ATTENDEE (RSVP, PARTSTAT NEEDS-ACTION; left out when its email is empty). The invitation attachment and the event
 * written to the host's CalDAV calendar both come from here.
 */
export function meetingIcs(input: MeetingIcsInput): string {
  const attributes: EventAttributes & { timestamp: number } = {
    productId: PRODUCT_ID,
    uid: input.uid,
    sequence: input.sequence,
    // Epoch milliseconds are read as instants and written as UTC (…Z): no zone of this machine leaks in.
    timestamp: instant(input.stamp, "stamp"),
    start: instant(input.start, "start"),
    startInputType: "utc",
    startOutputType: "utc",
    end: instant(input.end, "end"),
    endInputType: "utc",
    endOutputType: "utc",
    title: input.title,
    description: input.description,
    status: input.method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    organizer: { name: input.organizer.name, email: input.organizer.email },
    // A meeting booked without the visitor's email (only possible for a host's own calendar copy) has no attendee.
    attendees: input.attendee.email
      ? [
          {
            name: input.attendee.name ?? input.attendee.email,
            email: input.attendee.email,
            rsvp: true,
            partstat: "NEEDS-ACTION",
            role: "REQ-PARTICIPANT",
          },
        ]
      : [],
    // The library writes METHOD:PUBLISH unless told otherwise; an empty method leaves METHOD out.
    method: input.method ?? "",
    ...(input.videoUrl ? { location: input.videoUrl, url: input.videoUrl } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("meetingIcs: the ics library returned nothing");
  return value;
}
