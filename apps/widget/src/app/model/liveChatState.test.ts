import { describe, expect, it } from "vitest";
import type { LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import { afterMessage, afterStatus, chatting, type LiveChatState } from "./liveChatState";
import type { ConversationMessage, ConversationRecord } from "./types";

const bot = (seq: number, body: object): ConversationMessage => ({ seq, author: "bot", body, createdAt: "" });
const notice = (seq: number, body: object): ConversationMessage => ({
  seq,
  author: "system",
  body: { kind: "system", ...body },
  createdAt: "",
});
const status = (s: Partial<LiveChatVisitorStatus>) =>
  ({
    conversationId: "c",
    chatId: "k1",
    agent: null,
    position: null,
    estimatedWaitSeconds: null,
    endReason: null,
    status: "routing",
    ...s,
  }) as LiveChatVisitorStatus;
const record = (messages: ConversationMessage[], lc: ConversationRecord["lc"]) =>
  ({ messages, lc }) as ConversationRecord;

describe("the live chat's state from the transcript and the status events", () => {
  it("an older notice arriving after a newer status does not move the chat back", () => {
    let lc = afterMessage(undefined, bot(3, { type: "liveChat", cardId: "l" }));
    lc = afterStatus(
      lc,
      status({ status: "assigned", agent: { id: "a", name: "Anna", avatarUrl: null } }),
      3,
    );
    lc = afterMessage(lc, notice(4, { event: "queued" }));
    expect(lc).toMatchObject({ n: 1, status: "assigned", chat: "k1", card: 3 });
  });

  it("a flow going on after the chat gives the bot the composer; messages before the card do not", () => {
    // The status began the round before the step's messages (a greeting, then the card) arrived.
    let lc: LiveChatState | undefined = afterStatus(undefined, status({ status: "routing" }), 1);
    const greeting = bot(2, { type: "message", cardId: "m", text: [] });
    const liveCard = bot(3, { type: "liveChat", cardId: "l" });
    lc = afterMessage(afterMessage(lc, greeting), liveCard);
    expect(chatting(record([greeting, liveCard], lc))).toBe(true);
    lc = afterMessage(lc, notice(4, { event: "ended", reason: "agent" }));
    const next = bot(5, { type: "question", cardId: "q", text: [], buttons: [], allowFreeText: true });
    expect(chatting(record([greeting, liveCard, notice(4, { event: "ended" })], lc))).toBe(true);
    expect(chatting(record([greeting, liveCard, next], lc))).toBe(false);
  });

  it("a finished round's own late status is not a new chat; another chat's is", () => {
    let lc = afterMessage(undefined, bot(1, { type: "liveChat", cardId: "l" }));
    lc = afterMessage(lc, bot(2, { type: "liveChatUnavailable", cardId: "l", text: null }));
    expect(afterStatus(lc, status({ status: "fallback" }), 2)).toMatchObject({ n: 1, status: "fallback" });
    expect(afterStatus(lc, status({ chatId: "k2", status: "queued", position: 1 }), 2)).toMatchObject({
      n: 2,
      status: "queued",
      position: 1,
    });
  });
});
