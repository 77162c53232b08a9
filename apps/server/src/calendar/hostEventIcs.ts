import type { MeetingTable } from "../store/schema";
import { meetingIcs } from "./meetingIcs";

export interface HostEventContext {
  host: { name: string; email: string };
  siteName: string;
  /** PUBLIC_URL, for the link to the meetings list. */
  publicUrl: string;
}

/**
 * The event Parley keeps in the host's own CalDAV calendar for a meeting: no METHOD (a stored
 * calendar object), the meeting's UID and SEQUENCE, titled with the visitor so the host's calendar
 * says who they meet. DTSTAMP is the meeting's last change, so a retried write is the same text.
 */
export function hostEventIcs(meeting: MeetingTable, context: HostEventContext): string {
  const visitor = meeting.visitor_name?.trim() || meeting.visitor_email || "a visitor";
  const description = [
    `Booked through Parley (${context.siteName}).`,
    `Visitor: ${[meeting.visitor_name, meeting.visitor_email && `<${meeting.visitor_email}>`].filter(Boolean).join(" ") || "unknown"}`,
    `Visitor's time zone: ${meeting.visitor_time_zone}`,
    ...(meeting.video_url ? [`Video: ${meeting.video_url}`] : []),
    `Meetings: ${context.publicUrl}/app/meetings`,
  ].join("\n");
  return meetingIcs({
    uid: meeting.uid,
    sequence: meeting.sequence,
    start: meeting.starts_at,
    end: meeting.ends_at,
    title: `Meeting with ${visitor}`,
    description,
    videoUrl: meeting.video_url,
    organizer: context.host,
    attendee: { name: meeting.visitor_name, email: meeting.visitor_email ?? "" },
    method: null,
    stamp: meeting.updated_at,
  });
}
