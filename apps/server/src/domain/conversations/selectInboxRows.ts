import type { InboxItem } from "@parley/protocol/liveChat";
import type { ConversationStatus } from "@parley/protocol/conversationMessage";
import type { Kysely } from "kysely";
import type { VisitorPresence } from "../../realtime/visitorPresence";
import type { Database, LiveChatTable } from "../../store/schema";
import { agentRefs } from "../chat/agentRefs";
import { messageText } from "../chat/messageText";
import { presentLiveChat } from "../chat/presentLiveChat";
import { presentMessage } from "../engine/storeMessages";

/**
 * Conversations as the inbox lists them: with the person (name, email), the dialogue's name, the
 * latest chat (`lc`, null for a bot-only conversation) and the latest message.
 */
export function selectInboxRows(db: Kysely<Database>, siteId: string) {
  return db
    .selectFrom("conversations")
    .leftJoin("dialogues", "dialogues.id", "conversations.dialogue_id")
    .leftJoin("people", "people.id", "conversations.person_id")
    .leftJoin("live_chats as lc", (join) =>
      join.on((eb) =>
        eb(
          "lc.id",
          "=",
          eb
            .selectFrom("live_chats as l2")
            .select("l2.id")
            .whereRef("l2.conversation_id", "=", "conversations.id")
            .orderBy("l2.requested_at", "desc")
            .orderBy("l2.id", "desc")
            .limit(1),
        ),
      ),
    )
    .where("conversations.site_id", "=", siteId)
    .selectAll("conversations")
    .select((eb) => [
      "dialogues.name as dialogue_name",
      "people.email as person_email",
      "people.first_name as person_first_name",
      "people.last_name as person_last_name",
      "lc.id as chat_id",
      eb
        .selectFrom("messages")
        .select("messages.body")
        .whereRef("messages.conversation_id", "=", "conversations.id")
        .orderBy("messages.seq", "desc")
        .limit(1)
        .as("last_body"),
      eb
        .selectFrom("messages")
        .select("messages.author")
        .whereRef("messages.conversation_id", "=", "conversations.id")
        .orderBy("messages.seq", "desc")
        .limit(1)
        .as("last_author"),
    ]);
}

export type InboxRow = Awaited<ReturnType<ReturnType<typeof selectInboxRows>["executeTakeFirstOrThrow"]>>;

/** Who answers whether a visitor is on the site now (realtime/visitorPresence.ts). */
export type OnlineVisitors = Pick<VisitorPresence, "online">;

/**
 * Rows (of one site) as InboxItems: their chats and agents read in two queries for the whole page,
 * and which of their visitors are online in one read of the presence store.
 */
export async function presentInboxRows(
  db: Kysely<Database>,
  visitors: OnlineVisitors,
  rows: InboxRow[],
  queuePositions: Map<string, number> = new Map(),
): Promise<InboxItem[]> {
  const chatIds = rows.map((r) => r.chat_id).filter((id): id is string => !!id);
  const chats: LiveChatTable[] = chatIds.length
    ? await db.selectFrom("live_chats").selectAll().where("id", "in", chatIds).execute()
    : [];
  const byId = new Map(chats.map((c) => [c.id, c]));
  const [agents, online] = await Promise.all([
    agentRefs(
      db,
      chats.map((c) => c.agent_id),
    ),
    rows[0]
      ? visitors.online(
          rows[0].site_id,
          rows.map((r) => r.visitor_id),
        )
      : new Set<string>(),
  ]);
  return rows.map((r) => {
    const chat = r.chat_id ? byId.get(r.chat_id) : undefined;
    const name = [r.person_first_name, r.person_last_name].filter(Boolean).join(" ");
    const last =
      r.last_body !== null && r.last_author
        ? messageText(
            presentMessage({
              id: "",
              conversation_id: r.id,
              seq: 0,
              client_id: null,
              author: r.last_author,
              body: r.last_body,
              created_at: "",
            }),
          )
        : null;
    return {
      conversationId: r.id,
      status: r.status as ConversationStatus,
      chat: chat ? presentLiveChat(chat, agents) : null,
      visitorId: r.visitor_id,
      personId: r.person_id,
      visitorName: name || r.person_email || null,
      visitorEmail: r.person_email ?? null,
      dialogueName: r.dialogue_name ?? null,
      pageUrl: r.page_url,
      lastMessage: last === null ? null : last.slice(0, 200),
      lastSeq: r.last_seq,
      startedAt: r.started_at,
      updatedAt: r.updated_at,
      queuePosition: chat ? (queuePositions.get(chat.id) ?? null) : null,
      visitorOnline: online.has(r.visitor_id),
    };
  });
}
