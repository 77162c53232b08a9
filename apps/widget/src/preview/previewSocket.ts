import type { ConversationMessage } from "@parley/protocol/conversationMessage";
import type { ClientFrame, ServerFrame } from "@parley/protocol/realtime";

/** The sample bot's first message: a question with buttons, as a Question card would send it. */
const GREETING = {
  type: "question",
  cardId: "preview-question",
  text: [{ text: "Hi there! What brings you here today?" }],
  buttons: [
    { id: "b1", label: "See pricing", value: "See pricing" },
    { id: "b2", label: "Book a demo", value: "Book a demo" },
    { id: "b3", label: "Just looking", value: "Just looking" },
  ],
  allowFreeText: true,
};

const REPLY = {
  type: "message",
  cardId: "preview-reply",
  text: [{ text: "This is a preview: answers here go nowhere and nothing is saved." }],
};

/**
 * A stand-in for the browser's WebSocket in the preview page: it plays the Parley server for the
 * real widget code (hello, a started conversation, the bot "typing" for the site's response delay,
 * a question with buttons, a reply to any answer). Nothing leaves the page.
 */
export function previewSocketClass(delaySeconds: () => number) {
  return class PreviewSocket {
    static OPEN = 1;
    readyState = 1;
    onmessage: ((event: { data: string }) => void) | null = null;
    onclose: (() => void) | null = null;
    private seq = 0;
    private timers: ReturnType<typeof setTimeout>[] = [];

    constructor(readonly url: string) {
      this.later(0, { type: "hello", kind: "visitor", id: "preview" });
    }

    send(data: string): void {
      const frame = JSON.parse(data) as ClientFrame;
      switch (frame.type) {
        case "conversation.start":
          this.later(0, { type: "conversation.started", ref: frame.ref, conversationId: "preview" });
          this.botSays(GREETING, true);
          return;
        case "conversation.input":
          this.later(0, { type: "ack", ref: frame.ref, clientId: frame.clientId, duplicate: false });
          this.later(0, this.messages([this.message("visitor", frame.input, frame.clientId)]));
          this.botSays(REPLY, false);
          return;
        case "ping":
          this.later(0, { type: "pong", ref: frame.ref });
          return;
        default:
          return;
      }
    }

    close(): void {
      this.readyState = 3;
      for (const timer of this.timers) clearTimeout(timer);
    }

    private botSays(body: object, waits: boolean): void {
      this.later(0, { type: "typing", conversationId: "preview", author: "bot" });
      const message = () => this.message("bot", body);
      const delay = Math.max(0, delaySeconds()) * 1000;
      this.timers.push(
        setTimeout(() => {
          const said = message();
          this.hear(this.messages([said]));
          this.hear({
            type: "step.finished",
            conversationId: "preview",
            status: "engaged",
            lastSeq: said.seq,
            waitsForVisitor: waits,
          });
        }, delay),
      );
    }

    private message(author: ConversationMessage["author"], body: unknown, clientId?: string) {
      return { seq: ++this.seq, author, body, clientId, createdAt: new Date().toISOString() };
    }

    private messages(messages: ConversationMessage[]): ServerFrame {
      return { type: "conversation.messages", conversationId: "preview", status: "engaged", messages };
    }

    private later(ms: number, frame: ServerFrame): void {
      this.timers.push(setTimeout(() => this.hear(frame), ms));
    }

    private hear(frame: ServerFrame): void {
      if (this.readyState === 1) this.onmessage?.({ data: JSON.stringify(frame) });
    }
  };
}
