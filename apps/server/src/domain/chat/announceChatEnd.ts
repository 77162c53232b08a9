import type { AgentRef } from "@parley/protocol/liveChat";
import type { AppContext } from "../../api/context";
import type { ConversationTable, LiveChatTable } from "../../store/schema";
import { presentLiveChat } from "./presentLiveChat";

/**
 * What an ended chat tells, after its commit: the visitor's livechat.status and the `agent_left`
 * activity (the widget's livechat.ended event), the site's inbox lists, and the agents whose offer
 * was withdrawn (their banner goes).
 */
export async function announceChatEnd(
  ctx: AppContext,
  conv: ConversationTable,
  chat: LiveChatTable,
  agents: Map<string, AgentRef>,
  withdrawn: { id: string; agent_id: string }[],
): Promise<void> {
  const live = presentLiveChat(chat, agents);
  await ctx.bus.publish({
    channel: `visitor:${conv.visitor_id}`,
    name: "livechat.status",
    data: {
      conversationId: conv.id,
      chatId: chat.id,
      status: "ended",
      agent: live.agent,
      position: null,
      estimatedWaitSeconds: null,
      endReason: chat.end_reason,
    },
  });
  if (live.agent)
    await ctx.bus.publish({
      channel: `visitor:${conv.visitor_id}`,
      name: "activity",
      data: {
        type: "agent_left",
        conversationId: conv.id,
        cardId: chat.card_id,
        data: {
          agentId: live.agent.id,
          agentName: live.agent.name,
          chatId: chat.id,
          reason: chat.end_reason,
        },
      },
    });
  await ctx.bus.publish({ channel: `site:${conv.site_id}`, name: "livechat.updated", data: live });
  for (const offer of withdrawn)
    await ctx.bus.publish({
      channel: `user:${offer.agent_id}`,
      name: "livechat.offerClosed",
      data: { offerId: offer.id, chatId: chat.id, reason: "withdrawn" },
    });
}
