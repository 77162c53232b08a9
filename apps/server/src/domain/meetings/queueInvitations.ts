import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

export type InvitationKind = "booked" | "rescheduled" | "cancelled";

/**
 * OWNED BY h10-lifecycle. Inside the transaction that booked, moved or cancelled the meeting: the
 * visitor's mail (the site's editable body with tokens, reschedule/cancel links) and the host's mail
 * (with the chat transcript), each with an `.ics` attachment — METHOD:REQUEST for booked and
 * rescheduled (SEQUENCE raised), METHOD:CANCEL for cancelled — through the mail outbox.
 * Call `ctx.jobs.poke()` after the commit.
 */
export async function queueInvitations(
  _trx: Kysely<Database>,
  _links: { publicUrl: string; secretKey: string },
  _meetingId: string,
  _kind: InvitationKind,
): Promise<void> {
  throw new Error("TODO h10-lifecycle: queueInvitations");
}
