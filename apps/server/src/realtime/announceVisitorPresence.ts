import type { Kysely } from "kysely";
import type { Bus } from "../bus/bus";
import type { Database } from "../store/schema";

/** How many of a visitor's latest conversations a presence change names (older ones catch up on reading). */
const NAMED_CONVERSATIONS = 20;

/**
 * Announces a visitor's presence change on their site's channel as `visitor.presence`, naming their
 * latest conversations and the page they were last seen on. A visitor without a conversation is in
 * no inbox: nothing is announced.
 */
export async function announceVisitorPresence(
  ctx: { store: { db: Kysely<Database> }; bus: Bus },
  siteId: string,
  visitorId: string,
  online: boolean,
): Promise<void> {
  const { db } = ctx.store;
  const conversations = await db
    .selectFrom("conversations")
    .select(["id", "page_url"])
    .where("visitor_id", "=", visitorId)
    .where("site_id", "=", siteId)
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(NAMED_CONVERSATIONS)
    .execute();
  if (!conversations.length) return;
  const page = await db
    .selectFrom("page_views")
    .select("url")
    .where("visitor_id", "=", visitorId)
    .orderBy("last_at", "desc")
    .limit(1)
    .executeTakeFirst();
  await ctx.bus.publish({
    channel: `site:${siteId}`,
    name: "visitor.presence",
    data: {
      visitorId,
      online,
      conversationIds: conversations.map((c) => c.id),
      // As the conversation view reads it: the latest page view, else where the latest conversation began.
      currentPage: page?.url ?? conversations[0]?.page_url ?? null,
    },
  });
}
