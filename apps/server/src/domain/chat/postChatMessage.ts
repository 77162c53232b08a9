import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { ChatTextBody } from "@parley/protocol/liveChat";
import type { AppContext } from "../../api/context";
import { AppError, forbidden } from "../../errors";
import { nowIso } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import type { Kysely } from "kysely";
import type { ConversationTable, Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { canReachSite } from "../auth/policies";
import { announce } from "../engine/advanceConversation";
import { requestLiveChat } from "../routing/requestLiveChat";
import { visitorStatus } from "../routing/visitorStatus";
import { agentRef } from "./agentRefs";
import { appendToConversation } from "./appendToConversation";
import { isChatOver, latestChat } from "./latestChat";
import { lockConversation } from "./lockConversation";

export type ChatAuthor =
  { kind: "visitor"; visitorId: string } | { kind: "agent"; actor: Extract<Actor, { kind: "user" }> };

export interface PostedChatMessage {
  /** This client id was stored before: nothing was stored now. */
  duplicate: boolean;
  seq: number;
}

/**
 * A typed live-chat message from the visitor or the chat's agent, all or nothing: the conversation is
 * locked, a client id seen before changes nothing (the unique index messages(conversation_id,
 * client_id) backs it), the message gets the next sequence number and the chat's last activity moves
 * (its inactivity job counts from it). A visitor may write while the chat waits for an agent (the agent sees it
 * on accepting); writing after it is over opens a new chat ("returned"). Only the assigned agent
 * writes as an agent. Announced after the commit: the visitor hears conversation.step, agents chat.messages.
 */
export async function postChatMessage(
  ctx: AppContext,
  input: {
    conversationId: string;
    clientId: string;
    text: string;
    author: ChatAuthor;
    /**
     * An agent's message that is not text (a booking shared in the chat): writes what it needs in the
     * message's transaction, once the author may post, and returns the body to store instead of the text.
     */
    compose?: (trx: Kysely<Database>, conv: ConversationTable) => Promise<Record<string, unknown>>;
  },
): Promise<PostedChatMessage> {
  const { db, kind } = ctx.store;
  const result = await db.transaction().execute(async (trx) => {
    const conv = await lockConversation(trx, input.conversationId, kind);
    assertAuthorReaches(conv, input.author);
    const seen = await trx
      .selectFrom("messages")
      .select("seq")
      .where("conversation_id", "=", conv.id)
      .where("client_id", "=", input.clientId)
      .executeTakeFirst();
    if (seen)
      return {
        conversation: conv,
        messages: [] as ConversationMessage[],
        duplicate: true,
        seq: seen.seq,
        returned: null,
      };
    const chat = await latestChat(trx, conv.id);
    if (!chat)
      throw new AppError("conflict", "This conversation has no live chat", { reason: "no_live_chat" });
    let body: ChatTextBody | Record<string, unknown> = { kind: "chat", text: input.text };
    if (input.author.kind === "agent") {
      if (chat.status !== "assigned" || chat.agent_id !== input.author.actor.id)
        throw forbidden("Only the agent this chat is assigned to may write in it");
      const agent = await agentRef(trx, input.author.actor.id);
      body = input.compose ? { ...(await input.compose(trx, conv)), agent } : { ...body, agent };
    }
    const appended = await appendToConversation(
      trx,
      conv.id,
      [{ author: input.author.kind, body, clientId: input.clientId }],
      kind,
    );
    const now = nowIso();
    const returned = isChatOver(chat) && input.author.kind === "visitor";
    if (returned) {
      await requestLiveChat(trx, {
        siteId: conv.site_id,
        conversationId: conv.id,
        cardId: chat.card_id,
        routing: parseJson<unknown>(chat.routing, {}),
        origin: "returned",
      });
    } else {
      await trx
        .updateTable("live_chats")
        .set({ last_activity_at: now, updated_at: now })
        .where("id", "=", chat.id)
        .execute();
    }
    // No job per message: the chat's one inactivity job (started by the accept) re-reads
    // last_activity_at when it runs and waits again from there.
    const [message] = appended.messages;
    return {
      ...appended,
      duplicate: false,
      seq: message?.seq ?? conv.last_seq,
      returned: returned ? await latestChat(trx, conv.id) : null,
    };
  });
  if (!result.duplicate) {
    await announce(ctx, result.conversation, result.messages);
    // The widget begins the new chat ("connecting you…") at once, before routing decides.
    if (result.returned)
      await ctx.bus.publish(visitorStatus(result.conversation.visitor_id, result.returned));
    // A returned chat's routing job.
    if (result.returned) ctx.jobs.poke();
  }
  return { duplicate: result.duplicate, seq: result.seq };
}

/** A visitor writes only in their own conversation; an agent only on a site they reach (else: not found). */
function assertAuthorReaches(conv: ConversationTable, author: ChatAuthor): void {
  const reaches =
    author.kind === "visitor"
      ? conv.visitor_id === author.visitorId
      : canReachSite(author.actor, conv.site_id);
  if (!reaches) throw new AppError("not_found", "Conversation not found");
}
