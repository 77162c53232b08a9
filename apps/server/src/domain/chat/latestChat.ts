import type { Kysely } from "kysely";
import type { Database, LiveChatTable } from "../../store/schema";

/** Statuses of a chat that is not over (the partial unique index allows one per conversation). */
export const OPEN_CHAT_STATUSES = ["routing", "offered", "queued", "assigned"] as const;
export const isChatOver = (chat: Pick<LiveChatTable, "status">) =>
  chat.status === "ended" || chat.status === "fallback";

/** The conversation's most recent chat (the open one when there is one), or undefined before any. */
export async function latestChat(
  db: Kysely<Database>,
  conversationId: string,
): Promise<LiveChatTable | undefined> {
  return db
    .selectFrom("live_chats")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .orderBy("requested_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}
