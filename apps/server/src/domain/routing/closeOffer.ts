import type { Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import { enqueueJob } from "../../jobs/enqueueJob";
import { nowIso } from "../../lib/clock";
import type { ChatOfferTable, Database } from "../../store/schema";
import type { LockedChat } from "./lockChat";
import { presentLiveChatRow } from "../chat/presentLiveChat";
import { queueChat } from "./queueChat";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { routeChat } from "./routeChat";
import type { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";

export const QUEUE_JOB = "livechat.queue";

/** The durable "offer the queued chats of this site" (one waiting per site): capacity may have freed. */
export async function enqueueQueueRun(trx: Kysely<Database>, effects: RoutingEffects, siteId: string) {
  await enqueueJob(trx, { kind: QUEUE_JOB, payload: { siteId }, dedupeKey: `livechat.queue:${siteId}` });
  effects.jobEnqueued();
}

/**
 * An open offer declined by its agent or timed out, and what follows, in the caller's transaction
 * (the chat locked): a routed chat goes to the next eligible agent (or the queue, or the fallback);
 * a queue offer puts the chat back in its place in the queue; a transfer leaves the chat with the
 * agent who has it. Returns false when the offer was no longer open (someone decided first).
 */
export async function closeOffer(
  ctx: AppContext,
  trx: Kysely<Database>,
  effects: RoutingEffects,
  locked: LockedChat,
  offer: ChatOfferTable,
  status: "declined" | "timed_out",
): Promise<boolean> {
  const closed = await trx
    .updateTable("chat_offers")
    .set({ status, decided_at: nowIso() })
    .where("id", "=", offer.id)
    .where("status", "=", "open")
    .executeTakeFirst();
  if (closed.numUpdatedRows === 0n) return false;
  const { chat } = locked;
  await appendRoutingLog(trx, chat, [
    { kind: status, agentId: offer.agent_id, detail: { attempt: offer.attempt, origin: offer.origin } },
  ]);
  effects.publish({
    channel: `user:${offer.agent_id}`,
    name: "livechat.offerClosed",
    data: { offerId: offer.id, chatId: chat.id, reason: status },
  });
  // The agent's slot is free again: a queued chat may take it.
  await enqueueQueueRun(trx, effects, chat.site_id);
  if (offer.origin === "transfer") {
    effects.publish({
      channel: `site:${chat.site_id}`,
      name: "livechat.updated",
      data: await presentLiveChatRow(trx, chat),
    });
    return true;
  }
  if (offer.origin === "queue") {
    const settings = await readLiveChatSettings(trx, chat.site_id);
    await queueChat(trx, ctx.store.kind, effects, { ...locked, settings, reason: status });
    return true;
  }
  await routeChat(ctx, trx, effects, locked, "route");
  return true;
}
