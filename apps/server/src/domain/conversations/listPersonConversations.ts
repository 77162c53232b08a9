import type { ConversationSummary } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { tookPartIn } from "./tookPartIn";
import { getPerson } from "../people/personStore";
import { presentConversationSummary, selectConversationSummaries } from "./conversationSummaries";

/**
 * The person's conversations, newest first; a person of another site is a 404. Who cannot see all
 * conversations gets the ones they took part in (the others would only open as a 404).
 */
export async function listPersonConversations(
  db: Kysely<Database>,
  siteId: string,
  personId: string,
  actor: Actor,
): Promise<ConversationSummary[]> {
  await getPerson(db, siteId, personId);
  let query = selectConversationSummaries(db)
    .where("conversations.person_id", "=", personId)
    .where("conversations.site_id", "=", siteId);
  if (!actor.permissions.has("conversations.view_all")) query = query.where(tookPartIn(actor));
  const rows = await query
    .orderBy("conversations.started_at", "desc")
    .orderBy("conversations.id", "desc")
    .execute();
  return rows.map(presentConversationSummary);
}
