import type { Kysely } from "kysely";
import { z } from "zod";
import { enqueueJob } from "../../jobs/enqueueJob";
import { PermanentJobError } from "../../jobs/jobErrors";
import type { Database, LiveChatTable } from "../../store/schema";
import { advanceConversation } from "../engine/advanceConversation";
import { waitsForServerAt } from "../engine/waitsForServerAt";
import type { EngineContext } from "../engine/engineContext";

export const LIVECHAT_RESULT_JOB = "livechat.result";

const Payload = z.object({
  conversationId: z.string(),
  cardId: z.string(),
  outcome: z.enum(["connected", "unavailable"]),
  agent: z.object({ id: z.string(), name: z.string(), email: z.string() }).optional(),
});
type Payload = z.infer<typeof Payload>;

/**
 * Writes, inside the decision's transaction, the job that tells the conversation's Live chat card
 * how routing ended (connected: the bot's part is over; unavailable: the fallback, maybe a meeting
 * offer). A chat that came back after it ended has no card waiting: the job then changes nothing.
 */
export async function enqueueLiveChatResult(
  trx: Kysely<Database>,
  chat: LiveChatTable,
  outcome: Payload["outcome"],
  agent?: Payload["agent"],
): Promise<void> {
  await enqueueJob(trx, {
    kind: LIVECHAT_RESULT_JOB,
    payload: { conversationId: chat.conversation_id, cardId: chat.card_id, outcome, agent } satisfies Payload,
    dedupeKey: `livechat.result:${chat.id}`,
  });
}

/** Feeds the outcome to the engine; run twice, the second finds the card no longer waiting. */
export async function runLiveChatResult(ctx: EngineContext, payload: unknown): Promise<void> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("live chat result payload is malformed");
  const { conversationId, cardId, outcome, agent } = parsed.data;
  await advanceConversation(
    ctx,
    conversationId,
    { kind: "liveChatResult", outcome, ...(agent && { agent }) },
    { onlyIf: (conv) => waitsForServerAt(conv, cardId, "liveChatResult") },
  );
}
