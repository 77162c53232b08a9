import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { ConversationTable, Database } from "../../store/schema";
import { type NewMessage, storeMessages } from "../engine/storeMessages";
import { lockConversation } from "./lockConversation";

/**
 * Appends messages outside a bot step (live chat: visitor and agent messages, system notices) to a
 * conversation inside the caller's transaction: locks the row (FOR UPDATE on PostgreSQL; SQLite
 * serialises writers), gives them the next sequence numbers and moves `last_seq`. Announce the result
 * with `announce` (engine/advanceConversation) after the commit.
 */
export async function appendToConversation(
  trx: Kysely<Database>,
  conversationId: string,
  messages: NewMessage[],
  kind: "postgres" | "sqlite",
): Promise<{ conversation: ConversationTable; messages: ConversationMessage[] }> {
  const conversation = await lockConversation(trx, conversationId, kind);
  const stored = await storeMessages(trx, conversationId, conversation.last_seq, messages);
  if (!stored.length) return { conversation, messages: [] };
  const updated = { ...conversation, last_seq: conversation.last_seq + stored.length, updated_at: nowIso() };
  await trx
    .updateTable("conversations")
    .set({ last_seq: updated.last_seq, updated_at: updated.updated_at })
    .where("id", "=", conversationId)
    .execute();
  return { conversation: updated, messages: stored };
}
