import type { ChatOffer } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/** The offers' banner data: who is waiting, on which page, from which dialogue, a transfer's note. */
export function selectOffers(db: Kysely<Database>) {
  return db
    .selectFrom("chat_offers")
    .innerJoin("live_chats", "live_chats.id", "chat_offers.chat_id")
    .innerJoin("conversations", "conversations.id", "live_chats.conversation_id")
    .leftJoin("people", "people.id", "conversations.person_id")
    .leftJoin("dialogues", "dialogues.id", "conversations.dialogue_id")
    .leftJoin("users as from_user", "from_user.id", "chat_offers.from_agent_id")
    .select([
      "chat_offers.id",
      "chat_offers.chat_id",
      "chat_offers.site_id",
      "chat_offers.expires_at",
      "chat_offers.origin",
      "chat_offers.note",
      "chat_offers.offered_at",
      "live_chats.conversation_id",
      "conversations.page_url",
      "people.email",
      "people.first_name",
      "people.last_name",
      "dialogues.name as dialogue_name",
      "from_user.name as from_name",
    ]);
}

type OfferRow = Awaited<ReturnType<ReturnType<typeof selectOffers>["executeTakeFirstOrThrow"]>>;

export function presentOffer(row: OfferRow): ChatOffer {
  const name = [row.first_name, row.last_name].filter(Boolean).join(" ");
  return {
    offerId: row.id,
    chatId: row.chat_id,
    conversationId: row.conversation_id,
    siteId: row.site_id,
    expiresAt: row.expires_at,
    origin: row.origin,
    visitorName: name || row.email || null,
    pageUrl: row.page_url,
    dialogueName: row.dialogue_name ?? null,
    note: row.note || null,
    fromAgentName: row.from_name ?? null,
  };
}
