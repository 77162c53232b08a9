import type { Kysely } from "kysely";
import { meetingIcs } from "../../calendar/meetingIcs";
import { clock, nowIso } from "../../lib/clock";
import { type MailAttachment, queueMail } from "../../mail/queueMail";
import { ENGLISH, fillWords, type MailLanguage } from "../../mail/words/mailWords";
import type { Database } from "../../store/schema";
import { hostInvitationMail } from "./hostInvitationMail";
import { meetingTitle } from "./invitationTokenValues";
import { manageDeadline, manageLinks, signManageToken } from "./manageToken";
import { type InvitationFacts, readInvitationFacts } from "./readInvitationFacts";
import { visitorInvitationMail } from "./visitorInvitationMail";

export type InvitationKind = "booked" | "rescheduled" | "cancelled";

/**
 * The calendar event a mail carries: REQUEST (booked, moved) or CANCEL, organised by the host, its
 * SUMMARY and DESCRIPTION in the mail's language. Both parties' events share UID and SEQUENCE.
 */
function invitationIcs(
  facts: InvitationFacts,
  kind: InvitationKind,
  mail: MailLanguage,
): MailAttachment | null {
  const { meeting, host, visitor } = facts;
  // Booking requires an email; a meeting without one (imported, say) gets a mail without an invitation.
  if (!visitor.email) return null;
  const method = kind === "cancelled" ? "CANCEL" : "REQUEST";
  const title = meetingTitle(facts, mail);
  const ics = meetingIcs({
    uid: meeting.uid,
    sequence: meeting.sequence,
    start: meeting.starts_at,
    end: meeting.ends_at,
    title,
    description: [
      fillWords(mail.words.calendarDescription, { title, site: facts.site.name }),
      ...(meeting.video_url ? [meeting.video_url] : []),
    ].join("\n"),
    videoUrl: meeting.video_url,
    organizer: { name: host.name, email: host.email },
    attendee: { name: visitor.name, email: visitor.email },
    method,
    stamp: nowIso(),
  });
  return {
    filename: "invite.ics",
    contentType: `text/calendar; method=${method}`,
    content: Buffer.from(ics).toString("base64"),
  };
}

/**
 * Inside the transaction that booked, moved or cancelled the meeting (after its row says so: new
 * time, raised `sequence`, status): the visitor's mail in their language (the site's editable subject
 * and body with tokens, the reschedule/cancel links) and the host's mail (who, when in the host's zone, the chat
 * transcript), each with `invite.ics` — METHOD:REQUEST for booked and rescheduled, METHOD:CANCEL for
 * cancelled — through the mail outbox. Call `ctx.jobs.poke()` after the commit.
 */
export async function queueInvitations(
  trx: Kysely<Database>,
  links: { publicUrl: string; secretKey: string },
  meetingId: string,
  kind: InvitationKind,
): Promise<void> {
  const facts = await readInvitationFacts(trx, meetingId);
  const attachmentsIn = (mail: MailLanguage) => {
    const ics = invitationIcs(facts, kind, mail);
    return ics ? [ics] : [];
  };
  if (facts.visitor.email) {
    const deadline = manageDeadline(facts.meeting.starts_at, facts.settings.manageCutoffHours);
    const manage =
      deadline > clock().now()
        ? manageLinks(links.publicUrl, signManageToken(links.secretKey, meetingId, deadline))
        : null;
    const mail = visitorInvitationMail(facts, kind, manage, facts.visitor.email);
    await queueMail(trx, { ...mail, attachments: attachmentsIn(facts.visitorLanguage) });
  }
  await queueMail(trx, { ...hostInvitationMail(facts, kind), attachments: attachmentsIn(ENGLISH) });
}
