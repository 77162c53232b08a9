import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { OPEN_CHAT_STATUSES } from "../chat/latestChat";
import { appendRoutingLog } from "./routingLog";
import { emitLiveChatEvent } from "../webhooks/liveChatWebhookEvent";

export const ROUTE_JOB = "livechat.route";

export interface LiveChatRequest {
  siteId: string;
  conversationId: string;
  cardId: string;
  /** JSON-ready Routing of the card (packages/flow cards/routing.ts). */
  routing: unknown;
  /** card: the Live chat card was reached; returned: the visitor wrote again after the chat ended. */
  origin: "card" | "returned";
}

/**
 * Opens a live chat for the conversation inside the caller's transaction: the `live_chats` row
 * (status routing) and the durable job that routes it. Returns the chat id. Poke the job queue after
 * the commit. A conversation whose chat is still open keeps that chat (one open chat each).
 */
export async function requestLiveChat(trx: Kysely<Database>, request: LiveChatRequest): Promise<string> {
  const open = await trx
    .selectFrom("live_chats")
    .select("id")
    .where("conversation_id", "=", request.conversationId)
    .where("status", "in", OPEN_CHAT_STATUSES)
    .executeTakeFirst();
  if (open) return open.id;
  const id = newId();
  const now = nowIso();
  await trx
    .insertInto("live_chats")
    .values({
      id,
      site_id: request.siteId,
      conversation_id: request.conversationId,
      card_id: request.cardId,
      routing: toJson(request.routing ?? { strategy: "round_robin" }),
      status: "routing",
      agent_id: null,
      team_id: null,
      attempts: 0,
      queued_at: null,
      assigned_at: null,
      ended_at: null,
      end_reason: null,
      last_activity_at: now,
      score: null,
      visitor_delivered_seq: 0,
      visitor_read_seq: 0,
      agent_delivered_seq: 0,
      agent_read_seq: 0,
      requested_at: now,
      updated_at: now,
      first_response_at: null,
    })
    .execute();
  await appendRoutingLog(trx, { id, conversation_id: request.conversationId }, [
    { kind: "requested", detail: { origin: request.origin, cardId: request.cardId } },
  ]);
  await emitLiveChatEvent(trx, id, "livechat.requested");
  await enqueueJob(trx, { kind: ROUTE_JOB, payload: { chatId: id }, dedupeKey: `livechat.route:${id}` });
  return id;
}
