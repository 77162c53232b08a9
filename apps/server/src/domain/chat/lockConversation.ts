import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import type { ConversationTable, Database } from "../../store/schema";

/**
 * Reads a conversation and holds it until the caller's transaction ends (FOR UPDATE on PostgreSQL;
 * SQLite runs one transaction at a time): what a chat command checks (client id seen, chat status)
 * cannot change before it writes.
 */
export async function lockConversation(
  trx: Kysely<Database>,
  conversationId: string,
  kind: "postgres" | "sqlite",
): Promise<ConversationTable> {
  let query = trx.selectFrom("conversations").selectAll().where("id", "=", conversationId);
  if (kind === "postgres") query = query.forUpdate();
  const conversation = await query.executeTakeFirst();
  if (!conversation) throw new AppError("not_found", "Conversation not found");
  return conversation;
}
