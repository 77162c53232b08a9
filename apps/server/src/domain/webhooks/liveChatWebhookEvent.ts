import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";
import { emitWebhookEvent } from "./emitWebhookEvent";

export type LiveChatWebhookType =
  "livechat.requested" | "livechat.connected" | "livechat.ended" | "livechat.missed";

/**
 * A live chat's change for webhook subscribers, in the transaction that made it (after its write):
 * the chat, its conversation's visitor, person and dialogue, its agent, and `extra` (a fallback's reason).
 */
export async function emitLiveChatEvent(
  trx: Kysely<Database>,
  chatId: string,
  type: LiveChatWebhookType,
  extra: Record<string, unknown> = {},
): Promise<void> {
  const chat = await trx
    .selectFrom("live_chats")
    .innerJoin("conversations", "conversations.id", "live_chats.conversation_id")
    .leftJoin("users", "users.id", "live_chats.agent_id")
    .selectAll("live_chats")
    .select([
      "conversations.visitor_id",
      "conversations.person_id",
      "conversations.dialogue_id",
      "conversations.page_url",
      "users.name as agent_name",
      "users.email as agent_email",
    ])
    .where("live_chats.id", "=", chatId)
    .executeTakeFirstOrThrow();
  await emitWebhookEvent(trx, chat.site_id, type, nowIso(), async () => ({
    chatId: chat.id,
    conversationId: chat.conversation_id,
    visitorId: chat.visitor_id,
    personId: chat.person_id,
    dialogueId: chat.dialogue_id,
    cardId: chat.card_id,
    pageUrl: chat.page_url,
    status: chat.status,
    agent: chat.agent_id ? { id: chat.agent_id, name: chat.agent_name, email: chat.agent_email } : null,
    teamId: chat.team_id,
    requestedAt: chat.requested_at,
    assignedAt: chat.assigned_at,
    endedAt: chat.ended_at,
    endReason: chat.end_reason,
    ...extra,
  }));
}
