import type { ChatOffer } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { presentOffer, selectOffers } from "./presentOffer";

/** The signed-in agent's open offers on every site they reach, oldest first (the banners). */
export async function listMyOffers(db: Kysely<Database>, actor: Actor): Promise<ChatOffer[]> {
  let query = selectOffers(db)
    .where("chat_offers.agent_id", "=", actor.id)
    .where("chat_offers.status", "=", "open")
    .orderBy("chat_offers.offered_at")
    .orderBy("chat_offers.id");
  if (actor.siteIds !== null) {
    if (!actor.siteIds.length) return [];
    query = query.where("chat_offers.site_id", "in", actor.siteIds);
  }
  return (await query.execute()).map(presentOffer);
}
