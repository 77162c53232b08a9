import crypto from "node:crypto";
import type { Kysely } from "kysely";
import { z } from "zod";
import { PermanentJobError } from "../../jobs/jobErrors";
import { parseJson } from "../../lib/json";
import type { ConversationTable, Database } from "../../store/schema";
import { advanceConversation } from "./advanceConversation";
import { callWebhook } from "./callWebhook";
import type { EngineContext } from "./engineContext";
import { recordEvent } from "./recordEvent";
import { waitsForServerAt } from "./waitsForServerAt";

const WebhookJobPayload = z.object({ conversationId: z.string(), cardId: z.string(), url: z.string() });

/** True while the conversation (or the flow nested in it) waits at this card for a webhook's result. */
export const waitsForWebhook = (conv: ConversationTable, cardId: string): boolean =>
  waitsForServerAt(conv, cardId, "webhookResult");

/**
 * Runs one webhook job: calls the endpoint, then feeds the outcome to the conversation as its next
 * input. A job run twice (a node died after the call) finds the conversation no longer waiting at
 * that card and changes nothing.
 */
export async function runWebhookJob(ctx: EngineContext, payload: unknown): Promise<void> {
  const parsed = WebhookJobPayload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("webhook job payload is malformed");
  const { conversationId, cardId, url } = parsed.data;
  const { db } = ctx.store;
  const conv = await db
    .selectFrom("conversations")
    .selectAll()
    .where("id", "=", conversationId)
    .executeTakeFirst();
  if (!conv || !waitsForWebhook(conv, cardId)) return;
  const outcome = await callWebhook(
    url,
    await webhookPayload(db, conv, cardId),
    webhookSecret(ctx.secretKey, conv.site_id),
    ctx.webhook,
  );
  await advanceConversation(
    ctx,
    conversationId,
    { kind: "webhookResult", ok: outcome.ok, status: outcome.status, body: outcome.body },
    {
      onlyIf: (current) => waitsForWebhook(current, cardId),
      preamble: (trx, current) =>
        recordEvent(trx, current, "webhook_called", cardId, {
          url,
          ok: outcome.ok,
          status: outcome.status ?? null,
          error: outcome.error ?? null,
        }),
    },
  );
}

/** Each site signs its webhook calls with its own key derived from the instance secret. */
export function webhookSecret(secretKey: string, siteId: string): string {
  return crypto.createHmac("sha256", secretKey).update(`webhook:${siteId}`).digest("hex");
}

async function webhookPayload(db: Kysely<Database>, conv: ConversationTable, cardId: string) {
  const person = conv.person_id
    ? await db.selectFrom("people").selectAll().where("id", "=", conv.person_id).executeTakeFirst()
    : undefined;
  return {
    event: "webhook_card",
    cardId,
    conversation: {
      id: conv.id,
      dialogueId: conv.dialogue_id,
      version: conv.version,
      status: conv.status,
      pageUrl: conv.page_url,
      score: conv.score,
    },
    visitor: { id: conv.visitor_id },
    person: person
      ? {
          id: person.id,
          email: person.email,
          firstName: person.first_name,
          lastName: person.last_name,
          phone: person.phone,
          jobTitle: person.job_title,
          fields: parseJson<object>(person.fields, {}),
        }
      : null,
  };
}
