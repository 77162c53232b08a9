import type { Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import { meetingIcs } from "../../calendar/meetingIcs";
import { PermanentJobError } from "../../jobs/jobErrors";
import { clock, nowIso } from "../../lib/clock";
import { type MailAttachment, queueMail } from "../../mail/queueMail";
import { ENGLISH, fillWords, type MailLanguage } from "../../mail/words/mailWords";
import type { Database, MeetingInvitationTable } from "../../store/schema";
import { hostInvitationMail } from "./hostInvitationMail";
import { meetingTitle } from "./invitationTokenValues";
import { manageDeadline, manageLinks, signManageToken } from "./manageToken";
import type { InvitationKind } from "./queueInvitations";
import { type InvitationFacts, readInvitationFacts } from "./readInvitationFacts";
import { visitorInvitationMail } from "./visitorInvitationMail";

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
 * Writes one owed invitation's mails into the outbox, in the caller's transaction: the visitor's
 * in their language (the site's editable subject and body with tokens, the reschedule/cancel links) and the host's
 * (who, when in the host's zone, the chat transcript), each with `invite.ics`. The meeting is read
 * as the change left it: its time and sequence from the invitation row, so a later move does not
 * rewrite an earlier mail (it queued its own).
 */
async function writeInvitationMails(
  trx: Kysely<Database>,
  links: { publicUrl: string; secretKey: string },
  invitation: MeetingInvitationTable,
): Promise<void> {
  const read = await readInvitationFacts(trx, invitation.meeting_id, invitation.through_seq);
  const facts: InvitationFacts = {
    ...read,
    meeting: {
      ...read.meeting,
      starts_at: invitation.starts_at,
      ends_at: invitation.ends_at,
      sequence: invitation.sequence,
    },
  };
  const attachmentsIn = (mail: MailLanguage) => {
    const ics = invitationIcs(facts, invitation.kind, mail);
    return ics ? [ics] : [];
  };
  if (facts.visitor.email) {
    const deadline = manageDeadline(invitation.starts_at, facts.settings.manageCutoffHours);
    const manage =
      deadline > clock().now()
        ? manageLinks(links.publicUrl, signManageToken(links.secretKey, invitation.meeting_id, deadline))
        : null;
    const mail = visitorInvitationMail(facts, invitation.kind, manage, facts.visitor.email);
    await queueMail(trx, { ...mail, attachments: attachmentsIn(facts.visitorLanguage) });
  }
  await queueMail(trx, {
    ...hostInvitationMail(facts, invitation.kind),
    attachments: attachmentsIn(ENGLISH),
  });
}

/**
 * The `meeting.invitations` job: takes the invitation row and writes its two mails in one
 * transaction, so they are written exactly once however often the job runs (a second run, or a
 * node taking over an expired lease, finds the row gone; on PostgreSQL it waits for the first
 * run's commit first). A meeting deleted meanwhile took its invitation with it: nothing to send.
 */
export async function sendMeetingInvitations(ctx: AppContext, payload: unknown): Promise<void> {
  const invitationId = (payload as { invitationId?: unknown } | null)?.invitationId;
  if (typeof invitationId !== "string")
    throw new PermanentJobError("meeting.invitations needs an invitationId");
  const wrote = await ctx.store.db.transaction().execute(async (trx) => {
    const invitation = await trx
      .deleteFrom("meeting_invitations")
      .where("id", "=", invitationId)
      .returningAll()
      .executeTakeFirst();
    if (!invitation) return false;
    await writeInvitationMails(
      trx,
      { publicUrl: ctx.config.publicUrl, secretKey: ctx.secretKey },
      invitation,
    );
    return true;
  });
  if (wrote) ctx.jobs.poke();
}
