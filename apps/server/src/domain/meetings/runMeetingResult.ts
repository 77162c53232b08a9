import type { Kysely } from "kysely";
import { z } from "zod";
import { enqueueJob } from "../../jobs/enqueueJob";
import { PermanentJobError } from "../../jobs/jobErrors";
import type { Database, MeetingOfferTable } from "../../store/schema";
import { advanceConversation } from "../engine/advanceConversation";
import type { EngineContext } from "../engine/engineContext";
import { waitsForServerAt } from "../engine/waitsForServerAt";

export const MEETING_RESULT_JOB = "meeting.result";

const Payload = z.object({
  conversationId: z.string(),
  cardId: z.string(),
  booked: z.boolean(),
  agent: z.object({ id: z.string(), name: z.string(), email: z.string() }).optional(),
  startsAt: z.string().optional(),
});
type Payload = z.infer<typeof Payload>;

/**
 * Writes, inside the booking's (or decline's) transaction, the job that tells the offer's card how
 * it ended: booked (the booked branch; the card may write the agent to a person field) or not. A
 * booking shared in a chat has no card waiting: nothing is written.
 */
export async function enqueueMeetingResult(
  trx: Kysely<Database>,
  offer: Pick<MeetingOfferTable, "id" | "conversation_id" | "card_id" | "reason">,
  result: Omit<Payload, "conversationId" | "cardId">,
): Promise<boolean> {
  if (offer.reason === "shared" || !offer.card_id) return false;
  await enqueueJob(trx, {
    kind: MEETING_RESULT_JOB,
    payload: { conversationId: offer.conversation_id, cardId: offer.card_id, ...result } satisfies Payload,
    dedupeKey: `meeting.result:${offer.id}`,
  });
  return true;
}

/** Feeds the result to the engine; run twice (or after the conversation moved on) it changes nothing. */
export async function runMeetingResult(ctx: EngineContext, payload: unknown): Promise<void> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("meeting result payload is malformed");
  const { conversationId, cardId, booked, agent, startsAt } = parsed.data;
  await advanceConversation(
    ctx,
    conversationId,
    { kind: "meetingResult", booked, ...(agent && { agent }), ...(startsAt && { startsAt }) },
    { onlyIf: (conv) => waitsForServerAt(conv, cardId, "meetingResult") },
  );
}
