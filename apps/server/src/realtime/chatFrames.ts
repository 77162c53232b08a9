import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";
import type { AppContext } from "../api/context";
import { endLiveChat } from "../domain/chat/endLiveChat";
import { latestChat } from "../domain/chat/latestChat";
import { markChatSeen } from "../domain/chat/markChatSeen";
import { type ChatAuthor, postChatMessage } from "../domain/chat/postChatMessage";
import { relayChatTyping } from "../domain/chat/relayChatTyping";
import { createTypingThrottle } from "../domain/chat/typingThrottle";
import { AppError } from "../errors";
import type { Identity } from "./connectionIdentity";

export type ChatFrame = Extract<ClientFrame, { type: `chat.${string}` }>;
type Send = (frame: ServerFrame) => void;

// One typing throttle per connection (its `send` is the connection's own and lives as long as it).
const throttles = new WeakMap<Send, ReturnType<typeof createTypingThrottle>>();

/** A live-chat frame from a visitor or an agent: messages, typing, read marks, the visitor's end. */
export async function handleChatFrame(
  ctx: AppContext,
  identity: Identity,
  frame: ChatFrame,
  send: Send,
): Promise<void> {
  const author: ChatAuthor =
    identity.kind === "visitor"
      ? { kind: "visitor", visitorId: identity.visitorId }
      : { kind: "agent", actor: identity.actor };
  switch (frame.type) {
    case "chat.send": {
      const posted = await postChatMessage(ctx, {
        conversationId: frame.conversationId,
        clientId: frame.clientId,
        text: frame.text,
        author,
      });
      send({
        type: "ack",
        ref: frame.ref,
        clientId: frame.clientId,
        duplicate: posted.duplicate,
        seq: posted.seq,
      });
      return;
    }
    case "chat.typing": {
      let throttle = throttles.get(send);
      if (!throttle) throttles.set(send, (throttle = createTypingThrottle()));
      if (!throttle(frame.conversationId, frame.typing)) return;
      return relayChatTyping(ctx, { conversationId: frame.conversationId, typing: frame.typing, author });
    }
    case "chat.seen":
      return markChatSeen(ctx, { ...frame, author });
    case "chat.end": {
      if (author.kind !== "visitor")
        throw new AppError("forbidden", "Agents end a chat with POST /api/sites/:siteId/chats/:chatId/end");
      const chat = await latestChat(ctx.store.db, frame.conversationId);
      if (!chat) throw new AppError("not_found", "No chat in this conversation");
      await endLiveChat(ctx, chat.id, author);
      send({ type: "ack", ref: frame.ref, clientId: chat.id, duplicate: false });
      return;
    }
  }
}
