import type { RunEffect } from "@parley/flow/runner/runEffect";
import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import type { ConversationTable, Database } from "../../store/schema";

export const WEBHOOK_JOB = "webhook.call";

type CallWebhookEffect = Extract<RunEffect, { type: "callWebhook" }>;

/**
 * The Webhook card's call, as a durable job written in the bot step's own transaction: if the node
 * dies before or during the call, another node makes it and the conversation goes on.
 */
export async function enqueueWebhookCall(
  trx: Kysely<Database>,
  conv: ConversationTable,
  effect: CallWebhookEffect,
): Promise<void> {
  await enqueueJob(trx, {
    kind: WEBHOOK_JOB,
    payload: { conversationId: conv.id, cardId: effect.cardId, url: effect.url },
    maxAttempts: 3,
  });
}
