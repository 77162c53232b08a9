import type { InboxConversation, RoutingLogEntry } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { presentNote } from "../chat/addConversationNote";
import { agentRefs } from "../chat/agentRefs";
import { canSeeConversation } from "../chat/canSeeConversation";
import { presentLiveChat } from "../chat/presentLiveChat";
import { messagesSince } from "../engine/storeMessages";
import { queuePositions } from "./queuePositions";
import { type OnlineVisitors, presentInboxRows, selectInboxRows } from "./selectInboxRows";

/**
 * One conversation for the agent's view: the whole transcript (bot part too) or, with `afterSeq`,
 * what came after it (an inbox resuming after a disconnect), the notes, every chat with its routing
 * log, the visitor's current page and whether their widget is connected now (to any node). A
 * conversation the agent may not see is a 404.
 */
export async function readInboxConversation(
  db: Kysely<Database>,
  visitors: OnlineVisitors,
  actor: Actor,
  siteId: string,
  conversationId: string,
  afterSeq = 0,
): Promise<InboxConversation> {
  const row = await selectInboxRows(db, siteId)
    .where("conversations.id", "=", conversationId)
    .executeTakeFirst();
  if (!row || !(await canSeeConversation(db, actor, row)))
    throw new AppError("not_found", "Conversation not found");
  const [item] = await presentInboxRows(db, visitors, [row], await queuePositions(db, siteId));
  const [messages, notes, chats, log, page] = await Promise.all([
    messagesSince(db, conversationId, afterSeq),
    db
      .selectFrom("conversation_notes")
      .leftJoin("users", "users.id", "conversation_notes.author_id")
      .selectAll("conversation_notes")
      .select("users.name as author_name")
      .where("conversation_id", "=", conversationId)
      .orderBy("after_seq")
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("live_chats")
      .selectAll()
      .where("conversation_id", "=", conversationId)
      .orderBy("requested_at")
      .execute(),
    db
      .selectFrom("routing_log")
      .selectAll()
      .where("conversation_id", "=", conversationId)
      .orderBy("pos")
      .execute(),
    db
      .selectFrom("page_views")
      .select("url")
      .where("visitor_id", "=", row.visitor_id)
      .orderBy("last_at", "desc")
      .limit(1)
      .executeTakeFirst(),
  ]);
  const agents = await agentRefs(db, [...chats.map((c) => c.agent_id), ...log.map((l) => l.agent_id)]);
  const entries = (chatId: string): RoutingLogEntry[] =>
    log
      .filter((l) => l.chat_id === chatId)
      .map((l) => ({
        kind: l.kind as RoutingLogEntry["kind"],
        agentId: l.agent_id,
        agentName: l.agent_id ? (agents.get(l.agent_id)?.name ?? null) : null,
        detail: parseJson<Record<string, unknown>>(l.detail, {}),
        at: l.at,
      }));
  return {
    ...(item as NonNullable<typeof item>),
    messages,
    notes: notes.map((n) => presentNote(n, n.author_name ?? null)),
    chats: chats.map((c) => ({ ...presentLiveChat(c, agents), routingLog: entries(c.id) })),
    currentPage: page?.url ?? row.page_url,
  };
}
