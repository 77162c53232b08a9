import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { Database } from "../../store/schema";

export type InvitationKind = "booked" | "rescheduled" | "cancelled";

export const MEETING_INVITATIONS_JOB = "meeting.invitations";
/** As many attempts as a mail gets: the invitations are rendered long before the mails give up. */
const MAX_ATTEMPTS = 15;

/**
 * Inside the transaction that booked, moved or cancelled the meeting (after its row says so: new
 * time, raised `sequence`, status): the invitations it owes, as a `meeting_invitations` row holding
 * the meeting's time and sequence now, and the `meeting.invitations` job that renders them
 * (sendMeetingInvitations) once this commits. Nothing is rendered here, so the transaction holding
 * the host's lock stays short; the row commits with the change, so a process dying right after the
 * commit loses nothing. Call `ctx.jobs.poke()` after the commit.
 */
export async function queueInvitations(
  trx: Kysely<Database>,
  meetingId: string,
  kind: InvitationKind,
): Promise<void> {
  const meeting = await trx
    .selectFrom("meetings")
    .select(["starts_at", "ends_at", "sequence", "conversation_id"])
    .where("id", "=", meetingId)
    .executeTakeFirstOrThrow();
  // The transcript the host reads stops at what was said before the booking.
  const last = meeting.conversation_id
    ? await trx
        .selectFrom("messages")
        .select((eb) => eb.fn.max("seq").as("seq"))
        .where("conversation_id", "=", meeting.conversation_id)
        .executeTakeFirst()
    : undefined;
  const id = newId();
  await trx
    .insertInto("meeting_invitations")
    .values({
      id,
      meeting_id: meetingId,
      kind,
      starts_at: meeting.starts_at,
      ends_at: meeting.ends_at,
      sequence: meeting.sequence,
      through_seq: last?.seq === null || last?.seq === undefined ? null : Number(last.seq),
      created_at: nowIso(),
    })
    .execute();
  await enqueueJob(trx, {
    kind: MEETING_INVITATIONS_JOB,
    payload: { invitationId: id },
    dedupeKey: `meeting.invitations:${id}`,
    maxAttempts: MAX_ATTEMPTS,
  });
}
