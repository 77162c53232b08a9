import { type ClientFrame, CONVERSATION_STATUSES, type ServerFrame } from "@parley/protocol/realtime";
import { z } from "zod";
import type { AppContext } from "../api/context";
import { advanceConversation } from "../domain/engine/advanceConversation";
import { startConversation } from "../domain/engine/startConversation";
import { assertWithinLimit } from "../domain/rateLimits/assertWithinLimit";
import { messagesSince } from "../domain/engine/storeMessages";
import { AppError } from "../errors";

const ConversationStatusSchema = z.enum(CONVERSATION_STATUSES);
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
        .select(["id", "status", "visitor_id"])
        .where("id", "=", frame.conversationId)
        .executeTakeFirst();
      if (!conversation || conversation.visitor_id !== visitor.visitorId)
        throw new AppError("not_found", "Conversation not found");
      const messages = await messagesSince(ctx.store.db, conversation.id, frame.afterSeq);
      send({
        type: "conversation.messages",
        conversationId: conversation.id,
        status: ConversationStatusSchema.parse(conversation.status),
        messages,
      });
      return;
    }
  }
}
