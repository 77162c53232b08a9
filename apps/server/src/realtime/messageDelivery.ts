import type { ConversationStep } from "@parley/protocol/events";
import type { ServerFrame } from "@parley/protocol/realtime";

/**
 * Sends each committed step to one visitor socket in order, showing "typing…" for the site's
 * response delay before each bot message, then `step.finished`. Messages are already stored: the
 * delay is presentation only, and a client that reconnects gets everything at once by resuming.
 */
export function createMessageDelivery(send: (frame: ServerFrame) => void, delayMs: () => number) {
  let queue = Promise.resolve();
  return (step: ConversationStep) => {
    const { conversationId, status, messages, lastSeq, waitsForVisitor } = step;
    queue = queue.then(async () => {
      for (const message of messages) {
        const delay = message.author === "bot" ? delayMs() : 0;
        if (delay > 0) {
          send({ type: "typing", conversationId, author: "bot" });
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
        send({ type: "conversation.messages", conversationId, status, messages: [message] });
      }
      if (messages.length === 0)
        send({ type: "conversation.messages", conversationId, status, messages: [] });
      send({ type: "step.finished", conversationId, status, lastSeq, waitsForVisitor });
    });
    return queue;
  };
}
