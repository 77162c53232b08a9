import type { ConversationSummary } from "@parley/protocol/directory";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { getPerson } from "../people/personStore";
import { presentConversationSummary, selectConversationSummaries } from "./conversationSummaries";

/** The person's conversations, newest first; a person of another site is a 404. */
export async function listPersonConversations(
  db: Kysely<Database>,
  siteId: string,
  personId: string,
): Promise<ConversationSummary[]> {
  await getPerson(db, siteId, personId);
  const rows = await selectConversationSummaries(db)
    .where("conversations.person_id", "=", personId)
    .where("conversations.site_id", "=", siteId)
    .orderBy("conversations.started_at", "desc")
    .orderBy("conversations.id", "desc")
    .execute();
  return rows.map(presentConversationSummary);
}
