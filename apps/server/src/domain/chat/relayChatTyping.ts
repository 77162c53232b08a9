import type { AppContext } from "../../api/context";
import { AppError } from "../../errors";
import type { ChatAuthor } from "./postChatMessage";
import { isChatOver, latestChat } from "./latestChat";

/**
 * Tells the other side that someone is typing (or stopped): the visitor's typing to the agents on
 * `conversation:<id>` (chat.typing), the agent's to the visitor (livechat.typing, with the agent's
 * name). Only the visitor of the conversation and the chat's assigned agent, while the chat is open.
 */
export async function relayChatTyping(
  ctx: AppContext,
  input: { conversationId: string; typing: boolean; author: ChatAuthor },
): Promise<void> {
  const { db } = ctx.store;
  const conv = await db
    .selectFrom("conversations")
    .select(["id", "site_id", "visitor_id"])
    .where("id", "=", input.conversationId)
    .executeTakeFirst();
  const chat = conv ? await latestChat(db, conv.id) : undefined;
  const { author } = input;
  const allowed =
    conv &&
    chat &&
    !isChatOver(chat) &&
    (author.kind === "visitor"
      ? conv.visitor_id === author.visitorId
      : chat.status === "assigned" && chat.agent_id === author.actor.id);
  if (!conv || !allowed) throw new AppError("not_found", "No open chat of yours in this conversation");
  if (author.kind === "visitor")
    return ctx.bus.publish({
      channel: `conversation:${conv.id}`,
      name: "chat.typing",
      data: {
        siteId: conv.site_id,
        conversationId: conv.id,
        author: "visitor",
        typing: input.typing,
        agentName: null,
      },
    });
  await ctx.bus.publish({
    channel: `visitor:${conv.visitor_id}`,
    name: "livechat.typing",
    data: { conversationId: conv.id, typing: input.typing, agentName: author.actor.name },
  });
  await ctx.bus.publish({
    channel: `conversation:${conv.id}`,
    name: "chat.typing",
    data: {
      siteId: conv.site_id,
      conversationId: conv.id,
      author: "agent",
      typing: input.typing,
      agentName: author.actor.name,
    },
  });
}
