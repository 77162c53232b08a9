import type { LiveChatSettings } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { enqueueJob } from "../../jobs/enqueueJob";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { ConversationTable, Database, LiveChatTable } from "../../store/schema";
import { presentLiveChatRow } from "../chat/presentLiveChat";
import { presentOffer, selectOffers } from "./presentOffer";
import type { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";
import { visitorStatus } from "./visitorStatus";

export const OFFER_TIMEOUT_JOB = "livechat.offerTimeout";

export interface OfferInput {
  chat: LiveChatTable;
  conversation: ConversationTable;
  agentId: string;
  origin: "route" | "queue" | "transfer";
  stage: string;
  settings: LiveChatSettings;
  note?: string | null;
  fromAgentId?: string | null;
}

/**
 * Offers the chat to one agent inside the routing transaction: the open offer (one per chat, by a
 * partial unique index), the chat marked offered, the log's "offered", and the durable job that
 * times the offer out. A transfer's offer leaves the chat with its current agent meanwhile.
 */
export async function offerChat(
  trx: Kysely<Database>,
  effects: RoutingEffects,
  input: OfferInput,
): Promise<LiveChatTable> {
  const { chat, settings } = input;
  const transfer = input.origin === "transfer";
  const id = newId();
  const now = nowIso();
  const expiresAt = nowIso(settings.acceptTimeoutSeconds * 1000);
  const attempt = transfer ? 1 : chat.attempts + 1;
  await trx
    .insertInto("chat_offers")
    .values({
      id,
      chat_id: chat.id,
      site_id: chat.site_id,
      agent_id: input.agentId,
      attempt,
      status: "open",
      origin: input.origin,
      note: input.note ?? null,
      from_agent_id: input.fromAgentId ?? null,
      offered_at: now,
      expires_at: expiresAt,
      decided_at: null,
    })
    .execute();
  const updated: LiveChatTable = transfer
    ? { ...chat, updated_at: now }
    : { ...chat, status: "offered", attempts: attempt, updated_at: now };
  await trx
    .updateTable("live_chats")
    .set({ status: updated.status, attempts: updated.attempts, updated_at: now })
    .where("id", "=", chat.id)
    .execute();
  await appendRoutingLog(trx, chat, [
    {
      kind: "offered",
      agentId: input.agentId,
      detail: { stage: input.stage, attempt, origin: input.origin, expiresAt },
    },
  ]);
  await enqueueJob(trx, {
    kind: OFFER_TIMEOUT_JOB,
    payload: { offerId: id },
    runAt: expiresAt,
    dedupeKey: `livechat.offerTimeout:${id}`,
  });
  effects.jobEnqueued();
  const offer = presentOffer(
    await selectOffers(trx).where("chat_offers.id", "=", id).executeTakeFirstOrThrow(),
  );
  effects.publish({ channel: `user:${input.agentId}`, name: "livechat.offer", data: offer });
  effects.publish({
    channel: `site:${chat.site_id}`,
    name: "livechat.updated",
    data: await presentLiveChatRow(trx, updated),
  });
  if (!transfer) effects.publish(visitorStatus(input.conversation.visitor_id, updated));
  return updated;
}
