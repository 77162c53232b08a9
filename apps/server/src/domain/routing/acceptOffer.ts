import type { Kysely } from "kysely";
import type { AppContext } from "../../api/context";
import { conflict, forbidden, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import type { ChatOfferTable, Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { announceAgentPresence } from "../agents/announceAgentPresence";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { agentRef } from "../chat/agentRefs";
import { appendToConversation } from "../chat/appendToConversation";
import { presentLiveChatRow } from "../chat/presentLiveChat";
import { scheduleChatInactivity } from "../chat/scheduleChatInactivity";
import { recordEvent } from "../engine/recordEvent";
import { lockChat } from "./lockChat";
import { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";
import { enqueueLiveChatResult } from "./runLiveChatResult";
import { visitorStatus } from "./visitorStatus";
import { emitLiveChatEvent } from "../webhooks/liveChatWebhookEvent";

/** The open offer of the site made to this agent; anything else is refused with why. */
export async function offerFor(
  trx: Kysely<Database>,
  actor: Actor,
  siteId: string,
  offerId: string,
): Promise<ChatOfferTable> {
  const offer = await trx
    .selectFrom("chat_offers")
    .selectAll()
    .where("id", "=", offerId)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (!offer) throw notFound("Offer");
  if (offer.agent_id !== actor.id) throw forbidden("This chat was offered to another agent");
  return offer;
}

const notOpen = (offer: { status: string }) =>
  conflict("This offer is no longer open", { reason: offer.status === "open" ? "taken" : offer.status });

/**
 * The offered agent takes the chat. The conditional update of the open offer decides between two
 * clicks (or a click and the timeout): exactly one wins, the other gets a conflict. A first
 * assignment tells the Live chat card it connected (a job, so a node dying here loses nothing);
 * a transfer's hands the chat over from the agent who had it.
 */
export async function acceptOffer(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  offerId: string,
): Promise<{ conversationId: string }> {
  const effects = new RoutingEffects();
  const { conversationId, from } = await ctx.store.db.transaction().execute(async (trx) => {
    const offer = await offerFor(trx, actor, siteId, offerId);
    if (offer.status !== "open") throw notOpen(offer);
    const locked = await lockChat(trx, ctx.store.kind, offer.chat_id);
    if (!locked) throw notFound("Offer");
    const now = nowIso();
    const won = await trx
      .updateTable("chat_offers")
      .set({ status: "accepted", decided_at: now })
      .where("id", "=", offer.id)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (won.numUpdatedRows === 0n) throw notOpen({ status: "open" });
    const { chat, conversation } = locked;
    const agent = await agentRef(trx, actor.id);
    const transfer = offer.origin === "transfer";
    // A chat that ended (or fell back) while its offer was open cannot be taken any more.
    if (chat.status !== (transfer ? "assigned" : "offered")) throw notOpen({ status: chat.status });
    const updated = {
      ...chat,
      status: "assigned" as const,
      agent_id: actor.id,
      assigned_at: transfer ? chat.assigned_at : now,
      last_activity_at: now,
      updated_at: now,
    };
    await trx
      .updateTable("live_chats")
      .set({
        status: updated.status,
        agent_id: updated.agent_id,
        assigned_at: updated.assigned_at,
        last_activity_at: now,
        updated_at: now,
      })
      .where("id", "=", chat.id)
      .execute();
    // From now on silence counts: the chat ends by inactivity even if nobody ever writes.
    const { inactivityMinutes } = await readLiveChatSettings(trx, chat.site_id);
    await scheduleChatInactivity(trx, chat.id, nowIso(inactivityMinutes * 60_000));
    effects.jobEnqueued();
    await trx
      .insertInto("chat_participants")
      .values({ conversation_id: chat.conversation_id, user_id: actor.id, joined_at: now })
      .onConflict((oc) => oc.columns(["conversation_id", "user_id"]).doNothing())
      .execute();
    await appendRoutingLog(trx, chat, [
      {
        kind: "accepted",
        agentId: actor.id,
        detail: { origin: offer.origin, attempt: offer.attempt, ...(transfer && { from: chat.agent_id }) },
      },
    ]);
    const event = transfer ? "transferred" : "assigned";
    const appended = await appendToConversation(
      trx,
      chat.conversation_id,
      [{ author: "system", body: { kind: "system", event, agent } }],
      ctx.store.kind,
    );
    effects.messagesAppended(appended.conversation, appended.messages);
    if (!transfer) {
      const data = { agentId: actor.id, agentName: agent.name };
      await recordEvent(trx, conversation, "agent_engaged", chat.card_id, data);
      await emitLiveChatEvent(trx, chat.id, "livechat.connected");
      effects.publish({
        channel: `visitor:${conversation.visitor_id}`,
        name: "activity",
        data: { type: "agent_engaged", conversationId: conversation.id, cardId: chat.card_id, data },
      });
      await enqueueLiveChatResult(trx, chat, "connected", {
        id: actor.id,
        name: agent.name,
        email: actor.kind === "user" ? actor.email : "",
      });
      effects.jobEnqueued();
    }
    effects.publish(visitorStatus(conversation.visitor_id, updated, { agent }));
    effects.publish({
      channel: `user:${actor.id}`,
      name: "livechat.offerClosed",
      data: { offerId: offer.id, chatId: chat.id, reason: "accepted" },
    });
    effects.publish({
      channel: `site:${chat.site_id}`,
      name: "livechat.updated",
      data: await presentLiveChatRow(trx, updated),
    });
    return { conversationId: chat.conversation_id, from: transfer ? chat.agent_id : null };
  });
  await effects.flush(ctx);
  // Loads changed: the agents' summaries ("n of m chats") say so, and a transfer's freed slot takes the queue.
  for (const agentId of new Set([actor.id, from])) if (agentId) await announceAgentPresence(ctx, agentId);
  return { conversationId };
}
