import { escapeHtml } from "../../lib/escapeHtml";
import type { OutgoingMail } from "../../mail/queueMail";
import { ENGLISH } from "../../mail/words/mailWords";
import type { InvitationKind } from "./queueInvitations";
import type { InvitationFacts } from "./readInvitationFacts";
import { durationText, meetingTimeText } from "./meetingTimeText";
import { meetingTitle } from "./invitationTokenValues";

const LEAD: Record<InvitationKind, (who: string) => string> = {
  booked: (who) => `${who} booked a meeting with you.`,
  rescheduled: (who) => `${who} moved your meeting to a new time.`,
  cancelled: (who) => `Your meeting with ${who} is cancelled.`,
};
const SUBJECT: Record<InvitationKind, string> = {
  booked: "New meeting",
  rescheduled: "Meeting moved",
  cancelled: "Meeting cancelled",
};

/**
 * The host's mail, in English (users have no language setting): who booked (name, email, company), when (in the host's own zone), the video link,
 * a cancellation's reason, and the conversation the visitor booked in. Everything the visitor typed is
 * escaped in the HTML part; the transcript is preformatted text.
 */
export function hostInvitationMail(facts: InvitationFacts, kind: InvitationKind): OutgoingMail {
  const { meeting, host, visitor } = facts;
  const who = visitor.name ?? visitor.email ?? "A visitor";
  const when = meetingTimeText(meeting.starts_at, host.timeZone, "en");
  const minutes = Math.round((Date.parse(meeting.ends_at) - Date.parse(meeting.starts_at)) / 60_000);
  const rows: [string, string | null][] = [
    ["Meeting", meetingTitle(facts, ENGLISH)],
    ["When", `${when} (${host.timeZone}), ${durationText(minutes, "en")}`],
    ["Name", visitor.name],
    ["Email", visitor.email],
    ["Company", facts.companyName],
    ["Video", meeting.video_url],
    ["Site", facts.site.name],
    ["Dialogue", facts.dialogueName],
    ["Reason", kind === "cancelled" ? meeting.cancel_reason : null],
  ];
  const shown = rows.filter((r): r is [string, string] => r[1] !== null && r[1] !== "");
  const lead = LEAD[kind](who);
  const text = [
    lead,
    "",
    ...shown.map(([label, value]) => `${label}: ${value}`),
    ...(facts.transcript ? ["", "The conversation:", "", facts.transcript] : []),
  ].join("\n");
  const cell = (label: string, value: string) =>
    label === "Video" || label === "Email"
      ? `<a href="${escapeHtml(label === "Email" ? `mailto:${value}` : value)}">${escapeHtml(value)}</a>`
      : escapeHtml(value);
  const html = [
    `<p>${escapeHtml(lead)}</p>`,
    "<table>",
    ...shown.map(([label, value]) => `<tr><th align="left">${label}</th><td>${cell(label, value)}</td></tr>`),
    "</table>",
    ...(facts.transcript ? ["<h3>The conversation</h3>", `<pre>${escapeHtml(facts.transcript)}</pre>`] : []),
  ].join("\n");
  return {
    kind: `meeting_${kind}_host`,
    userId: host.id,
    to: host.email,
    subject: `${SUBJECT[kind]}: ${who} — ${when}`.replace(/\s+/g, " "),
    text: `${text}\n`,
    html,
  };
}
