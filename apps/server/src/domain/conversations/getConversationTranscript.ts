import type { ConversationTranscript } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { messagesSince } from "../engine/storeMessages";
import { tookPartIn } from "./tookPartIn";
import { presentConversationSummary, selectConversationSummaries } from "./conversationSummaries";

/**
 * A conversation of the site with every message in order. Who holds only `conversations.view_own`
 * sees the conversations they took part in (chat_participants, written when an agent takes a chat);
 * any other is a 404, as for one that does not exist.
 */
export async function getConversationTranscript(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  actor: Actor,
): Promise<ConversationTranscript> {
  let query = selectConversationSummaries(db)
    .where("conversations.id", "=", id)
    .where("conversations.site_id", "=", siteId);
  if (!actor.permissions.has("conversations.view_all")) query = query.where(tookPartIn(actor));
  const row = await query.executeTakeFirst();
  if (!row) throw notFound("Conversation");
  // Sequence numbers start at 1: everything after 0 is the whole transcript.
  const messages = await messagesSince(db, id, 0);
  return {
    ...presentConversationSummary(row),
    visitorId: row.visitor_id,
    personId: row.person_id,
    messages,
  };
}
