import { escapeHtml } from "../../lib/escapeHtml";
import type { OutgoingMail } from "../../mail/queueMail";
import { fillWords } from "../../mail/words/mailWords";
import type { InvitationKind } from "./queueInvitations";
import type { InvitationFacts } from "./readInvitationFacts";
import { invitationTokenValues, siteOrOwnWords } from "./invitationTokenValues";
import { renderMeetingTokens } from "./renderMeetingTokens";

/**
 * The visitor's mail, in their language (facts.visitorLanguage): the site's subject and body with
 * their tokens (the default body in the visitor's words; a reschedule says "Updated:" before the
 * subject), or the cancellation notice with the reason given. The calendar file is attached by the caller.
 */
export function visitorInvitationMail(
  facts: InvitationFacts,
  kind: InvitationKind,
  /** Null once the site's cutoff has passed (a meeting booked shortly before it starts): no links then. */
  links: { rescheduleUrl: string; cancelUrl: string } | null,
  to: string,
): OutgoingMail {
  const mail = facts.visitorLanguage;
  const { words } = mail;
  const values = invitationTokenValues(facts, kind === "cancelled" ? null : links, mail);
  const { settings, meeting } = facts;
  const subjectTemplate = kind === "cancelled" ? words.cancelledSubject : settings.invitationSubject;
  const subject = renderMeetingTokens(subjectTemplate, values, "line");
  const reason = kind === "cancelled" && meeting.cancel_reason ? meeting.cancel_reason : null;
  const body =
    kind === "cancelled"
      ? words.cancelledBody
      : siteOrOwnWords(settings.invitationBody, "invitationBody", mail);
  const text = renderMeetingTokens(body, values, "text");
  const html = renderMeetingTokens(body, values, "html");
  // The reason is split around its placeholder so only the visitor's typing is escaped, never doubled.
  const [before = "", after = ""] = words.reason.split("{reason}");
  return {
    kind: `meeting_${kind}`,
    to,
    subject: kind === "rescheduled" ? fillWords(words.updatedSubject, { subject }) : subject,
    text: `${text}${reason ? `\n\n${before}${reason}${after}` : ""}\n`,
    html: `<p>${html}</p>${
      reason
        ? `\n<p>${escapeHtml(before)}${escapeHtml(reason).replace(/\n/g, "<br>\n")}${escapeHtml(after)}</p>`
        : ""
    }`,
  };
}
