import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import type { Database, LiveChatTable } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { latestChat } from "./latestChat";
import type { ChatAuthor } from "./postChatMessage";

/**
 * The conversation and its latest chat, when the author is part of it: the conversation's visitor,
 * or the chat's agent. Anyone else is told there is no such chat (nothing hints that it exists).
 */
export async function chatOfAuthor(db: Kysely<Database>, conversationId: string, author: ChatAuthor) {
  const conv = await db
    .selectFrom("conversations")
    .select(["id", "site_id", "visitor_id", "last_seq"])
    .where("id", "=", conversationId)
    .executeTakeFirst();
  const chat = conv ? await latestChat(db, conv.id) : undefined;
  const part =
    conv &&
    chat &&
    (author.kind === "visitor" ? conv.visitor_id === author.visitorId : chat.agent_id === author.actor.id);
  if (!conv || !chat || !part) throw new AppError("not_found", "No chat of yours in this conversation");
  return { conv, chat };
}

/** The chat's own agent, or a supervisor (conversations.view_all and livechat.answer): who may end or score it. */
export function mayActOnChat(actor: Actor, chat: Pick<LiveChatTable, "agent_id">): boolean {
  const userId = actor.kind === "user" ? actor.id : actor.createdBy;
  const supervisor =
    actor.permissions.has("conversations.view_all") && actor.permissions.has("livechat.answer");
  return chat.agent_id === userId || supervisor;
}
