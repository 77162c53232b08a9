import { describe, expect, it } from "vitest";
import { inferEvents } from "./inferEvents";
import type { ConversationMessage, ConversationRecord } from "./types";

const record = (messages: Omit<ConversationMessage, "createdAt">[], status: ConversationRecord["status"]) =>
  ({
    slot: "chat",
    ref: { type: "dialogue", id: "d", name: "D", delivery: "chat" },
    start: "s",
    sent: 1,
    seq: messages.length,
    status,
    messages: messages.map((m) => ({ ...m, createdAt: "" })),
    ev: [],
  }) as ConversationRecord;

const email = { type: "capture", cardId: "e", text: [], kind: "email" };
const phone = { type: "capture", cardId: "p", text: [], kind: "phone" };

describe("API events shown by the transcript", () => {
  it("engaged at the first answer; email given only once the answer was accepted; completed", () => {
    const refused = record(
      [
        { seq: 1, author: "bot", body: email },
        { seq: 2, author: "visitor", body: { kind: "answer", value: "nope" } },
        { seq: 3, author: "bot", body: { type: "invalid", cardId: "e", code: "invalid_email" } },
      ],
      "engaged",
    );
    expect(inferEvents(refused).map((e) => e.name)).toEqual(["conversation.engaged"]);

    const accepted = record(
      [
        ...refused.messages,
        { seq: 4, author: "visitor", body: { kind: "answer", value: " Ada@Example.com " } },
        { seq: 5, author: "bot", body: phone },
        { seq: 6, author: "visitor", body: { kind: "answer", value: "+33 1 23 45 67 89" } },
        { seq: 7, author: "bot", body: { type: "liveChat", cardId: "l" } },
        { seq: 8, author: "bot", body: { type: "liveChatUnavailable", cardId: "l", text: null } },
      ],
      "completed",
    );
    expect(inferEvents(accepted)).toEqual([
      { key: "engaged", name: "conversation.engaged", extra: {} },
      { key: "emaile", name: "email.given", extra: { email: "ada@example.com" } },
      { key: "phonep", name: "phone.given", extra: { phone: "+33 1 23 45 67 89" } },
      { key: "lcr7", name: "livechat.requested", extra: {} },
      { key: "completed", name: "conversation.completed", extra: {} },
    ]);
  });

  it("nothing before the visitor does anything", () => {
    expect(inferEvents(record([{ seq: 1, author: "bot", body: email }], "initiated"))).toEqual([]);
  });
});
