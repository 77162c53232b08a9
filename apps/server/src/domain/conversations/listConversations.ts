import type { ConversationListQuery, ConversationPage } from "@parley/protocol/conversationList";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { readNewestFirstPage } from "../people/readSeekPage";
import { presentConversationSummary, selectConversationSummaries } from "./conversationSummaries";
import { tookPartIn } from "./tookPartIn";

/**
 * The site's conversations, newest first, keyset-paged by (started_at, id) over
 * conversations_site_started. Who holds only `conversations.view_own` gets the ones they took part
 * in, as for a transcript (getConversationTranscript).
 */
export async function listConversations(
  db: Kysely<Database>,
  siteId: string,
  query: ConversationListQuery,
  actor: Actor,
): Promise<ConversationPage> {
  let select = selectConversationSummaries(db).where("conversations.site_id", "=", siteId);
  if (!actor.permissions.has("conversations.view_all")) select = select.where(tookPartIn(actor));
  const { page, nextCursor } = await readNewestFirstPage(select, {
    equal: [
      ["conversations.status", query.status],
      ["conversations.dialogue_id", query.dialogueId],
      ["conversations.person_id", query.personId],
      ["conversations.visitor_id", query.visitorId],
    ],
    time: "conversations.started_at",
    sort: "started",
    keyOf: (row) => row.started_at,
    id: "conversations.id",
    query,
  });
  return {
    items: page.map((row) => ({
      ...presentConversationSummary(row),
      visitorId: row.visitor_id,
      personId: row.person_id,
    })),
    nextCursor,
  };
}
