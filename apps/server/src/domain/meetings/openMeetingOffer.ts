import type { Routing } from "@parley/flow/cards/routing";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database, MeetingOfferTable } from "../../store/schema";

export interface OpenMeetingOffer {
  siteId: string;
  conversationId: string;
  /** The Meeting card (or the Live chat card whose fallback offers a meeting); null when shared. */
  cardId: string | null;
  routing: Routing;
  reason: MeetingOfferTable["reason"];
  sharedBy?: string | null;
}

/**
 * Writes the offer a visitor books against (inside the caller's transaction): what the widget reads
 * slots of (`GET /api/widget/meetings/offers/:id`) and books. Earlier open offers of the same card in
 * the conversation are closed: only the latest prompt can be booked.
 */
export async function openMeetingOffer(db: Kysely<Database>, offer: OpenMeetingOffer): Promise<string> {
  const id = newId();
  const now = nowIso();
  if (offer.cardId)
    await db
      .updateTable("meeting_offers")
      .set({ status: "closed", updated_at: now })
      .where("conversation_id", "=", offer.conversationId)
      .where("card_id", "=", offer.cardId)
      .where("status", "=", "open")
      .execute();
  await db
    .insertInto("meeting_offers")
    .values({
      id,
      site_id: offer.siteId,
      conversation_id: offer.conversationId,
      card_id: offer.cardId,
      reason: offer.reason,
      routing: toJson(offer.routing),
      status: "open",
      meeting_id: null,
      shared_by: offer.sharedBy ?? null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
