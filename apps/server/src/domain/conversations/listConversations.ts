import type { ConversationListQuery, ConversationPage } from "@parley/protocol/conversationList";
import { type Kysely, sql } from "kysely";
import { storedInstant } from "../../lib/instant";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { readSeekPage } from "../people/readSeekPage";
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
  if (query.status) select = select.where("conversations.status", "=", query.status);
  if (query.dialogueId) select = select.where("conversations.dialogue_id", "=", query.dialogueId);
  if (query.personId) select = select.where("conversations.person_id", "=", query.personId);
  if (query.visitorId) select = select.where("conversations.visitor_id", "=", query.visitorId);
  if (query.since) select = select.where("conversations.started_at", ">=", storedInstant(query.since));
  if (query.until) select = select.where("conversations.started_at", "<", storedInstant(query.until));
  const { page, nextCursor } = await readSeekPage(select, {
    key: sql.ref("conversations.started_at"),
    id: sql.ref("conversations.id"),
    sort: "started",
    order: "desc",
    limit: query.limit,
    cursor: query.cursor,
    keyOf: (row) => row.started_at,
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
