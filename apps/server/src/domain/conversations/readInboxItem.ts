import type { InboxItem } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import type { Database } from "../../store/schema";
import { queuePositions } from "./queuePositions";
import { type OnlineVisitors, presentInboxRows, selectInboxRows } from "./selectInboxRows";

/**
 * One conversation of the site as a row of the inbox lists (the same presenter), with its latest
 * chat: what accepting an offer answers, so the app can open the chat at once. The caller has
 * checked the user may see it.
 */
export async function readInboxItem(
  db: Kysely<Database>,
  visitors: OnlineVisitors,
  siteId: string,
  conversationId: string,
): Promise<InboxItem> {
  const row = await selectInboxRows(db, siteId)
    .where("conversations.id", "=", conversationId)
    .executeTakeFirst();
  if (!row) throw notFound("Conversation");
  const [item] = await presentInboxRows(db, visitors, [row], await queuePositions(db, siteId));
  return item as InboxItem;
}
