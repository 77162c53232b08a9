import type { Kysely } from "kysely";
import type { ConversationTable, Database, LiveChatTable } from "../../store/schema";
import { lockConversation } from "../chat/lockConversation";
import { lockPointer, SITE_SCOPE } from "./roundRobinPointer";

export interface LockedChat {
  chat: LiveChatTable;
  conversation: ConversationTable;
  /** The site pointer's last turn (round robin over every agent). */
  lastTurn: string | null;
}

/**
 * Locks what a routing decision about this chat changes, always in one order so two decisions
 * wait for each other instead of deadlocking: the site's routing pointer (one decision per site at
 * a time, so every agent's load is read after the previous offer was written), the conversation,
 * the chat. Null when the chat does not exist.
 */
export async function lockChat(
  trx: Kysely<Database>,
  kind: "postgres" | "sqlite",
  chatId: string,
): Promise<LockedChat | null> {
  const found = await trx
    .selectFrom("live_chats")
    .select(["site_id", "conversation_id"])
    .where("id", "=", chatId)
    .executeTakeFirst();
  if (!found) return null;
  const lastTurn = await lockPointer(trx, kind, found.site_id, SITE_SCOPE);
  const conversation = await lockConversation(trx, found.conversation_id, kind);
  let chat = trx.selectFrom("live_chats").selectAll().where("id", "=", chatId);
  if (kind === "postgres") chat = chat.forUpdate();
  return { chat: await chat.executeTakeFirstOrThrow(), conversation, lastTurn };
}
