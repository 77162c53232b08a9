import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import type { ConversationTable, Database, MeetingOfferTable } from "../../store/schema";
import { lockConversation } from "../chat/lockConversation";
import { verifyVisitorToken } from "../visitors/visitorToken";

export interface VisitorOffer {
  offer: MeetingOfferTable;
  conversation: ConversationTable;
}

/**
 * The offer, when the visitor token is genuine and its visitor owns the offer's conversation; anyone
 * else is told there is no such offer. `lock`: hold the conversation (lockConversation) and read the
 * offer after it, inside the caller's transaction, so what the booking checks cannot change under it.
 */
export async function visitorOffer(
  db: Kysely<Database>,
  input: { secretKey: string; offerId: string; visitorToken: string; lock?: "postgres" | "sqlite" },
): Promise<VisitorOffer> {
  const visitor = verifyVisitorToken(input.secretKey, input.visitorToken);
  const found = await db
    .selectFrom("meeting_offers")
    .select(["conversation_id", "site_id"])
    .where("id", "=", input.offerId)
    .executeTakeFirst();
  if (!visitor || !found || found.site_id !== visitor.siteId) throw notFound("Meeting offer");
  const conversation = input.lock
    ? await lockConversation(db, found.conversation_id, input.lock)
    : await db
        .selectFrom("conversations")
        .selectAll()
        .where("id", "=", found.conversation_id)
        .executeTakeFirst();
  if (!conversation || conversation.visitor_id !== visitor.visitorId) throw notFound("Meeting offer");
  const offer = await db
    .selectFrom("meeting_offers")
    .selectAll()
    .where("id", "=", input.offerId)
    .executeTakeFirstOrThrow();
  return { offer, conversation };
}
