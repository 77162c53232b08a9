import { ConversationStatus } from "@parley/protocol/conversationMessage";
import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import type { AppContext } from "../api/context";
import { advanceConversation } from "../domain/engine/advanceConversation";
import { ConversationState, waitsForVisitor } from "../domain/engine/conversationState";
import { startConversation } from "../domain/engine/startConversation";
import { assertWithinLimit } from "../domain/rateLimits/assertWithinLimit";
import { messagesSince } from "../domain/engine/storeMessages";
import { readVisitorChatStatus } from "../domain/routing/readVisitorChatStatus";
import { AppError } from "../errors";
import { parseJson } from "../lib/json";

type Visitor = { visitorId: string; siteId: string };
type Send = (frame: ServerFrame) => void;
type ConversationFrame = Extract<ClientFrame, { type: `conversation.${string}` }>;

/**
 * A visitor's conversation frames. New messages reach the visitor through the bus (their own
 * channel), so every tab and every node sees the same stream; resume answers directly.
 */
export async function handleVisitorFrame(
  ctx: AppContext,
  visitor: Visitor,
  frame: ConversationFrame,
  send: Send,
): Promise<void> {
  switch (frame.type) {
    case "conversation.start": {
      await assertWithinLimit(
        ctx.store.db,
        `conversation-start:${visitor.visitorId}`,
        ctx.config.limits.conversationStarts,
        "conversations started",
      );
      const result = await startConversation(ctx, {
        siteId: visitor.siteId,
        visitorId: visitor.visitorId,
        dialogueId: frame.dialogueId,
        clientId: frame.clientId,
        pageUrl: frame.pageUrl,
        delivery: frame.delivery,
        language: frame.language,
      });
      send({ type: "conversation.started", ref: frame.ref, conversationId: result.conversation.id });
      return;
    }
    case "conversation.input": {
      const result = await advanceConversation(ctx, frame.conversationId, frame.input, {
        clientId: frame.clientId,
        visitorId: visitor.visitorId,
      });
      send({ type: "ack", ref: frame.ref, clientId: frame.clientId, duplicate: result.duplicate });
      return;
    }
    case "conversation.resume": {
      const conversation = await ctx.store.db
        .selectFrom("conversations")
        .select(["id", "status", "visitor_id", "state", "last_seq"])
        .where("id", "=", frame.conversationId)
        .executeTakeFirst();
      if (!conversation || conversation.visitor_id !== visitor.visitorId)
        throw new AppError("not_found", "Conversation not found");
      const messages = await messagesSince(ctx.store.db, conversation.id, frame.afterSeq);
      const status = ConversationStatus.parse(conversation.status);
      const liveChat = await readVisitorChatStatus(ctx.store.db, conversation.id);
      send({ type: "conversation.messages", conversationId: conversation.id, status, messages, liveChat });
      // Where the conversation stands now; a step still being delivered on this socket ends with its own.
      const state = ConversationState.safeParse(parseJson<unknown>(conversation.state, null));
      send({
        type: "step.finished",
        conversationId: conversation.id,
        status,
        lastSeq: conversation.last_seq,
        waitsForVisitor: state.success && waitsForVisitor(state.data),
      });
      return;
    }
  }
}
