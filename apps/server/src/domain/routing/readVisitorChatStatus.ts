import type { LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { latestChat } from "../chat/latestChat";
import { agentRefFor } from "./presentLiveChat";
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
  if (chat.status === "queued" && chat.queued_at) {
    const queuedAt = chat.queued_at;
    const ahead = await db
      .selectFrom("live_chats")
      .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
      .where("site_id", "=", chat.site_id)
      .where("status", "=", "queued")
      .where((eb) =>
        eb.or([
          eb("queued_at", "<", queuedAt),
          eb.and([eb("queued_at", "=", queuedAt), eb("id", "<", chat.id)]),
        ]),
      )
      .executeTakeFirstOrThrow();
    position = Number(ahead.n) + 1;
    estimatedWaitSeconds = Math.round((await queueWaitEstimate(db, chat.site_id)) * position);
  }
  return {
    conversationId: chat.conversation_id,
    chatId: chat.id,
    status: chat.status,
    agent: await agentRefFor(db, chat.agent_id),
    position,
    estimatedWaitSeconds,
    endReason: chat.end_reason,
    readSeq: chat.agent_read_seq,
  };
}
