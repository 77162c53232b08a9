import type { LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { agentRef } from "../chat/agentRefs";
import { latestChat } from "../chat/latestChat";
import { queuePositions } from "../conversations/queuePositions";
import { queueWaitEstimate } from "./queueWaitEstimate";

/**
 * Where the conversation's latest live chat stands, as its last `livechat.status` told the visitor
 * (with the queue place counted now), plus how far the agent has read: what a widget that missed
 * those events (reconnect, another tab, a reload) needs. Null when the conversation never had a chat.
 */
export async function readVisitorChatStatus(
  db: Kysely<Database>,
  conversationId: string,
): Promise<LiveChatVisitorStatus | null> {
  const chat = await latestChat(db, conversationId);
  if (!chat) return null;
  let position: number | null = null;
  let estimatedWaitSeconds: number | null = null;
  if (chat.status === "queued") {
    position = (await queuePositions(db, chat.site_id)).get(chat.id) ?? null;
    if (position !== null)
      estimatedWaitSeconds = Math.round((await queueWaitEstimate(db, chat.site_id)) * position);
  }
  return {
    conversationId: chat.conversation_id,
    chatId: chat.id,
    status: chat.status,
    agent: chat.agent_id ? await agentRef(db, chat.agent_id) : null,
    position,
    estimatedWaitSeconds,
    endReason: chat.end_reason,
    readSeq: chat.agent_read_seq,
  };
}
