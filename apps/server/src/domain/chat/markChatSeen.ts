import { sql } from "kysely";
import type { AppContext } from "../../api/context";
import type { ChatAuthor } from "./postChatMessage";
import { chatOfAuthor } from "./chatOfAuthor";

/**
 * Stores what one side has received and read (sequence numbers; they only move forward, never past
 * the conversation's last one) on its chat, and tells the other side: chat.read to the agents,
 * livechat.read to the visitor. The visitor of the conversation, or the chat's agent.
 */
export async function markChatSeen(
  ctx: AppContext,
  input: { conversationId: string; deliveredSeq?: number; readSeq?: number; author: ChatAuthor },
): Promise<void> {
  const { db } = ctx.store;
  const { author } = input;
  const { conv, chat } = await chatOfAuthor(db, input.conversationId, author);
  const side = author.kind;
  const read = Math.min(input.readSeq ?? 0, conv.last_seq);
  // Whatever was read was received.
  const delivered = Math.max(Math.min(input.deliveredSeq ?? 0, conv.last_seq), read);
  const deliveredCol = side === "visitor" ? "visitor_delivered_seq" : "agent_delivered_seq";
  const readCol = side === "visitor" ? "visitor_read_seq" : "agent_read_seq";
  // One statement: two tabs marking at once can only move the marks forward.
  const row = await db
    .updateTable("live_chats")
    .set({
      [deliveredCol]: sql<number>`case when ${sql.ref(deliveredCol)} < ${delivered} then ${delivered} else ${sql.ref(deliveredCol)} end`,
      [readCol]: sql<number>`case when ${sql.ref(readCol)} < ${read} then ${read} else ${sql.ref(readCol)} end`,
    })
    .where("id", "=", chat.id)
    .returning([deliveredCol, readCol])
    .executeTakeFirstOrThrow();
  const marks = { deliveredSeq: Number(row[deliveredCol]), readSeq: Number(row[readCol]) };
  await ctx.bus.publish({
    channel: `conversation:${conv.id}`,
    name: "chat.read",
    data: { siteId: conv.site_id, conversationId: conv.id, side, ...marks },
  });
  if (side === "agent")
    await ctx.bus.publish({
      channel: `visitor:${conv.visitor_id}`,
      name: "livechat.read",
      data: { conversationId: conv.id, ...marks },
    });
}
