import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { canReachSite } from "../auth/policies";

/**
 * Whether an agent may look at a conversation (read it, join `conversation:<id>`, write a note): they
 * reach its site and hold conversations.view_all; or took part in it (chat_participants); or have an
 * open offer for its chat; or answer live chats and its chat waits in the site's queue.
 */
export async function canSeeConversation(
  db: Kysely<Database>,
  actor: Actor,
  conversation: { id: string; site_id: string },
): Promise<boolean> {
  if (!canReachSite(actor, conversation.site_id)) return false;
  if (actor.permissions.has("conversations.view_all")) return true;
  // An API key acts for its creator: their part in the conversation is its part.
  const userId = actor.kind === "user" ? actor.id : actor.createdBy;
  const found = await db
    .selectFrom("chat_participants")
    .select("user_id")
    .where("conversation_id", "=", conversation.id)
    .where("user_id", "=", userId)
    .union(
      db
        .selectFrom("chat_offers")
        .innerJoin("live_chats", "live_chats.id", "chat_offers.chat_id")
        .select("chat_offers.agent_id as user_id")
        .where("live_chats.conversation_id", "=", conversation.id)
        .where("chat_offers.agent_id", "=", userId)
        .where("chat_offers.status", "=", "open"),
    )
    .executeTakeFirst();
  if (found) return true;
  if (!actor.permissions.has("livechat.answer")) return false;
  const queued = await db
    .selectFrom("live_chats")
    .select("id")
    .where("conversation_id", "=", conversation.id)
    .where("status", "=", "queued")
    .executeTakeFirst();
  return !!queued;
}
