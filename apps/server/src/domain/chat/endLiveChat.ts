import type { ChatSystemBody, EndReason } from "@parley/protocol/liveChat";
import type { AppContext } from "../../api/context";
import { AppError, conflict, forbidden } from "../../errors";
import { nowIso } from "../../lib/clock";
import type { Actor } from "../auth/actor";
import { canReachSite } from "../auth/policies";
import { announce } from "../engine/advanceConversation";
import { recordEvent } from "../engine/recordEvent";
import { announceAgentPresence } from "../agents/announceAgentPresence";
import { offerQueuedChats } from "../routing/offerQueuedChats";
import { appendRoutingLog } from "../routing/routingLog";
import { agentRefs } from "./agentRefs";
import { announceChatEnd } from "./announceChatEnd";
import { appendToConversation } from "./appendToConversation";
import { mayActOnChat } from "./chatOfAuthor";
import { isChatOver } from "./latestChat";
import { lockConversation } from "./lockConversation";
import { emitLiveChatEvent } from "../webhooks/liveChatWebhookEvent";

export type ChatEnder =
  | { kind: "agent"; actor: Actor; siteId: string }
  | { kind: "visitor"; visitorId: string }
  /** The inactivity job: ends the chat only if it is still open (a job may run twice). */
  | { kind: "inactivity" };

/**
 * Ends a live chat, all or nothing: status ended with its time and reason, a system message
 * {kind:"system", event:"ended", reason} so both sides read why, the routing log's "ended", open offers
 * withdrawn, the `agent_left` activity (the widget's livechat.ended). After the commit: the messages,
 * livechat.status to the visitor, livechat.updated to the site, and the queue gets the freed capacity.
 * An agent may end the chat assigned to them; one with conversations.view_all and livechat.answer any.
 * Returns false when the chat was already over (only the inactivity job accepts that quietly).
 */
export async function endLiveChat(ctx: AppContext, chatId: string, by: ChatEnder): Promise<boolean> {
  const { db, kind } = ctx.store;
  const reason: EndReason = by.kind === "agent" ? "agent" : by.kind;
  const done = await db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom("live_chats")
      .select("conversation_id")
      .where("id", "=", chatId)
      .executeTakeFirst();
    if (!found) throw new AppError("not_found", "Chat not found");
    const conv = await lockConversation(trx, found.conversation_id, kind);
    const chat = await trx
      .selectFrom("live_chats")
      .selectAll()
      .where("id", "=", chatId)
      .executeTakeFirstOrThrow();
    if (by.kind === "agent") {
      if (conv.site_id !== by.siteId || !canReachSite(by.actor, conv.site_id))
        throw new AppError("not_found", "Chat not found");
      if (!mayActOnChat(by.actor, chat))
        throw forbidden("Only the chat's agent (or a supervisor who sees all conversations) may end it");
    }
    if (by.kind === "visitor" && conv.visitor_id !== by.visitorId)
      throw new AppError("not_found", "Chat not found");
    if (isChatOver(chat)) {
      if (by.kind === "inactivity") return null;
      throw conflict("This chat is already over", { reason: "chat_over" });
    }
    const now = nowIso();
    const ended = { ...chat, status: "ended" as const, ended_at: now, end_reason: reason, updated_at: now };
    await trx
      .updateTable("live_chats")
      .set({ status: "ended", ended_at: now, end_reason: reason, updated_at: now })
      .where("id", "=", chat.id)
      .execute();
    await emitLiveChatEvent(trx, chat.id, "livechat.ended");
    const withdrawn = await trx
      .updateTable("chat_offers")
      .set({ status: "withdrawn", decided_at: now })
      .where("chat_id", "=", chat.id)
      .where("status", "=", "open")
      .returning(["id", "agent_id"])
      .execute();
    const byAgent =
      by.kind === "agent" ? (by.actor.kind === "user" ? by.actor.id : by.actor.createdBy) : null;
    await appendRoutingLog(trx, chat, [{ kind: "ended", agentId: byAgent, detail: { reason } }]);
    const agents = await agentRefs(trx, [chat.agent_id]);
    const agent = chat.agent_id ? agents.get(chat.agent_id) : undefined;
    // The chat's agent is named so the visitor reads "Ann ended the chat".
    const body: ChatSystemBody = { kind: "system", event: "ended", reason, ...(agent && { agent }) };
    const appended = await appendToConversation(trx, conv.id, [{ author: "system", body }], kind);
    if (agent)
      await recordEvent(trx, conv, "agent_left", chat.card_id, {
        agentId: agent.id,
        agentName: agent.name,
        chatId: chat.id,
        reason,
      });
    return { ...appended, chat: ended, agents, withdrawn };
  });
  if (!done) return false;
  await announce(ctx, done.conversation, done.messages);
  await announceChatEnd(ctx, done.conversation, done.chat, done.agents, done.withdrawn);
  // The agent's load fell: their summary ("n of m chats") says so.
  if (done.chat.agent_id) await announceAgentPresence(ctx, done.chat.agent_id);
  await offerQueuedChats(ctx, done.conversation.site_id);
  return true;
}
