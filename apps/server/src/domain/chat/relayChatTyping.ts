import type { AppContext } from "../../api/context";
import { AppError } from "../../errors";
import type { ChatAuthor } from "./postChatMessage";
import { chatOfAuthor } from "./chatOfAuthor";
import { isChatOver } from "./latestChat";

/**
 * Tells the other side that someone is typing (or stopped): the visitor's typing to the agents on
 * `conversation:<id>` (chat.typing), the agent's to the visitor (livechat.typing, with the agent's
 * name). Only the visitor of the conversation and the chat's assigned agent, while the chat is open.
 */
export async function relayChatTyping(
  ctx: AppContext,
  input: { conversationId: string; typing: boolean; author: ChatAuthor },
): Promise<void> {
  const { author } = input;
  const { conv, chat } = await chatOfAuthor(ctx.store.db, input.conversationId, author);
  if (isChatOver(chat) || (author.kind === "agent" && chat.status !== "assigned"))
    throw new AppError("not_found", "No open chat of yours in this conversation");
  const agentName = author.kind === "agent" ? author.actor.name : null;
  await ctx.bus.publish({
    channel: `conversation:${conv.id}`,
    name: "chat.typing",
    data: {
      siteId: conv.site_id,
      conversationId: conv.id,
      author: author.kind,
      typing: input.typing,
      agentName,
    },
  });
  if (author.kind === "agent")
    await ctx.bus.publish({
      channel: `visitor:${conv.visitor_id}`,
      name: "livechat.typing",
      data: { conversationId: conv.id, typing: input.typing, agentName },
    });
}
