import { escapeHtml } from "../../lib/escapeHtml";
import type { OutgoingMail } from "../../mail/queueMail";
import type { InvitationKind } from "./queueInvitations";
import type { InvitationFacts } from "./readInvitationFacts";
import { invitationTokenValues } from "./invitationTokenValues";
import { renderMeetingTokens } from "./renderMeetingTokens";

// The site edits the invitation; the update and cancellation notices around it are fixed words.
const CANCELLED_BODY = [
  'Hi {{person.firstName | "there"}},',
  "",
  "your meeting with {{agent.name}} on {{meeting.start}} ({{meeting.timeZone}}) is cancelled.",
].join("\n");

/**
 * The visitor's mail: the site's subject and body with their tokens (a reschedule says "Updated:"
 * before the subject), or the cancellation notice with the reason given. The calendar file is attached
 * by the caller.
 */
export function visitorInvitationMail(
  facts: InvitationFacts,
  kind: InvitationKind,
  /** Null once the site's cutoff has passed (a meeting booked shortly before it starts): no links then. */
  links: { rescheduleUrl: string; cancelUrl: string } | null,
  to: string,
): OutgoingMail {
  const values = invitationTokenValues(facts, kind === "cancelled" ? null : links);
  const { settings, meeting } = facts;
  const subjectTemplate =
    kind === "cancelled" ? "Cancelled: {{meeting.title}} — {{meeting.start}}" : settings.invitationSubject;
  const subject = renderMeetingTokens(subjectTemplate, values, "line");
  const reason = kind === "cancelled" && meeting.cancel_reason ? meeting.cancel_reason : null;
  const body = kind === "cancelled" ? CANCELLED_BODY : settings.invitationBody;
  const text = renderMeetingTokens(body, values, "text");
  const html = renderMeetingTokens(body, values, "html");
  return {
    kind: `meeting_${kind}`,
    to,
    subject: kind === "rescheduled" ? `Updated: ${subject}` : subject,
    text: `${text}${reason ? `\n\nReason: ${reason}` : ""}\n`,
    html: `<p>${html}</p>${reason ? `\n<p>Reason: ${escapeHtml(reason).replace(/\n/g, "<br>\n")}</p>` : ""}`,
  };
}
