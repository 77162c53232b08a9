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

/**
 * OWNED BY h10-calendar. One VCALENDAR with one VEVENT (built with the `ics` library, UTC times):
 * METHOD, UID, SEQUENCE, DTSTAMP, DTSTART/DTEND, SUMMARY, DESCRIPTION, LOCATION/URL (video link),
 * ORGANIZER and ATTENDEE (RSVP, PARTSTAT NEEDS-ACTION). The invitation attachment and the event
 * written to the host's CalDAV calendar both come from here.
 */
export function meetingIcs(_input: MeetingIcsInput): string {
  throw new Error("TODO h10-calendar: meetingIcs");
}
