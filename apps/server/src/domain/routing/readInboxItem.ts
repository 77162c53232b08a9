import type { InboxItem } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { presentLiveChat } from "./presentLiveChat";

/**
 * One conversation as a row of the inbox, with its latest chat: what accepting an offer answers, so
 * the app can open the chat at once.
 */
export async function readInboxItem(
  db: Kysely<Database>,
  siteId: string,
  conversationId: string,
): Promise<InboxItem> {
  const row = await db
    .selectFrom("conversations")
    .leftJoin("people", "people.id", "conversations.person_id")
    .leftJoin("dialogues", "dialogues.id", "conversations.dialogue_id")
    .selectAll("conversations")
    .select(["people.email", "people.first_name", "people.last_name", "dialogues.name as dialogue_name"])
    .where("conversations.id", "=", conversationId)
    .where("conversations.site_id", "=", siteId)
    .executeTakeFirst();
  if (!row) throw notFound("Conversation");
  const [chat, last] = await Promise.all([
    db
      .selectFrom("live_chats")
      .selectAll()
      .where("conversation_id", "=", conversationId)
      .orderBy("requested_at", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst(),
    db
      .selectFrom("messages")
      .select("body")
      .where("conversation_id", "=", conversationId)
      .orderBy("seq", "desc")
      .executeTakeFirst(),
  ]);
  const name = [row.first_name, row.last_name].filter(Boolean).join(" ");
  const body = parseJson<{ text?: unknown } | null>(last?.body ?? null, null);
  return {
    conversationId: row.id,
    status: row.status as InboxItem["status"],
    chat: chat ? await presentLiveChat(db, chat) : null,
    visitorId: row.visitor_id,
    personId: row.person_id,
    visitorName: name || row.email || null,
    visitorEmail: row.email ?? null,
    dialogueName: row.dialogue_name ?? null,
    pageUrl: row.page_url,
    lastMessage: typeof body?.text === "string" ? body.text : null,
    lastSeq: row.last_seq,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    queuePosition: null,
  };
}
