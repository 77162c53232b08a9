import type { AgentRef, LiveChatVisitorStatus } from "@parley/protocol/liveChat";
import type { ServerFrame } from "@parley/protocol/realtime";
import { describe, expect, it, vi } from "vitest";
import type { ConversationMessage } from "./model/types";
import { chatting } from "./model/liveChatState";
import { latest, reconnect, sentOf, startSession, useFakeBrowser } from "./testing/fakeSocket";

const anna: AgentRef = { id: "u_anna", name: "Anna Berg", avatarUrl: "/api/avatars/u_anna?v=1" };
const card = (seq: number): ConversationMessage => ({
  seq,
  author: "bot",
  body: { type: "liveChat", cardId: "lc" },
  createdAt: "",
});
const notice = (seq: number, event: string, extra: Record<string, unknown> = {}): ConversationMessage => ({
  seq,
  author: "system",
  body: { kind: "system", event, ...extra },
  createdAt: "",
});
const said = (seq: number, author: "agent" | "visitor", text: string, clientId?: string) => ({
  seq,
  author,
  body: { kind: "chat", text, ...(author === "agent" ? { agent: anna } : {}) },
  createdAt: "",
  ...(clientId ? { clientId } : {}),
});
const status = (s: Partial<LiveChatVisitorStatus>): ServerFrame => ({
  type: "event",
  channel: "visitor:v1",
  name: "livechat.status",
  data: {
    conversationId: "conv1",
    chatId: "chat1",
    status: "routing",
    agent: null,
    position: null,
    estimatedWaitSeconds: null,
    endReason: null,
    ...s,
  },
});
const messages = (...list: ConversationMessage[]): ServerFrame => ({
  type: "conversation.messages",
  conversationId: "conv1",
  status: "engaged",
  messages: list,
});

describe("the visitor's live chat over the session", () => {
  const { emitted, backing } = useFakeBrowser();

  const inChat = () => {
    const session = startSession(emitted, backing);
    const c = session.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    latest().say({ type: "conversation.started", ref: c.record.start, conversationId: "conv1" });
    return { session, c };
  };
  const names = () => emitted.map((e) => e.name).filter((n) => n.startsWith("livechat."));

  it("connecting, queued (position falls), assigned, ended: the state follows and each API event fires once, when it happens", () => {
    const { c } = inChat();
    // The status overtakes the card's message (bot messages wait for the response delay).
    latest().say(status({ status: "routing" }));
    expect(c.record.lc).toMatchObject({ n: 1, status: "routing", chat: "chat1" });
    latest().say(messages(card(1)));
    expect(names()).toEqual(["livechat.requested"]);
    expect(chatting(c.record)).toBe(true);

    latest().say(status({ status: "queued", position: 3, estimatedWaitSeconds: 240 }));
    expect(c.record.lc).toMatchObject({ status: "queued", position: 3, wait: 240 });
    latest().say(status({ status: "queued", position: 2, estimatedWaitSeconds: 120 }));
    expect(c.record.lc).toMatchObject({ status: "queued", position: 2, wait: 120 });
    // Queued is no time out.
    expect(names()).toEqual(["livechat.requested"]);

    latest().say(status({ status: "assigned", agent: anna }));
    latest().say({
      type: "event",
      channel: "visitor:v1",
      name: "activity",
      data: {
        type: "agent_engaged",
        conversationId: "conv1",
        cardId: "lc",
        data: { agentId: anna.id, agentName: anna.name },
      },
    });
    latest().say(messages(notice(2, "assigned", { agent: anna }), said(3, "agent", "Hi, I'm Anna")));
    expect(c.record.lc).toMatchObject({ status: "assigned", agent: anna, position: null });
    expect(names()).toEqual(["livechat.requested", "livechat.started"]);
    expect(emitted.find((e) => e.name === "livechat.started")?.payload).toMatchObject({
      agentId: "u_anna",
      agentName: "Anna Berg",
      conversationId: "conv1",
      id: "d1",
    });

    // Ended by inactivity: the notice and the status say it; `agent_left` too. Once.
    latest().say(messages(notice(4, "ended", { reason: "inactivity", agent: anna })));
    latest().say(status({ status: "ended", agent: anna, endReason: "inactivity" }));
    latest().say({
      type: "event",
      channel: "visitor:v1",
      name: "activity",
      data: { type: "agent_left", conversationId: "conv1", cardId: "lc", data: { agentId: anna.id } },
    });
    expect(c.record.lc).toMatchObject({ status: "ended", reason: "inactivity" });
    expect(names()).toEqual(["livechat.requested", "livechat.started", "livechat.ended"]);
    expect(emitted.at(-1)?.payload).toMatchObject({ agentName: "Anna Berg" });
    // After the end the composer is still the chat's: writing again starts a new one.
    expect(chatting(c.record)).toBe(true);
    expect(names()).not.toContain("livechat.timedout");

    // The visitor writes again: the server routes a new chat; its events fire again, for it.
    latest().say(status({ chatId: "chat2", status: "routing" }));
    expect(c.record.lc).toMatchObject({ n: 2, status: "routing", agent: null });
    latest().say(status({ chatId: "chat2", status: "assigned", agent: anna }));
    expect(names().filter((n) => n === "livechat.started")).toHaveLength(2);
  });

  it("livechat.timedout waits for the fallback, and fires once whether the status or the message says it first", () => {
    const { c } = inChat();
    latest().say(messages(card(1)));
    latest().say(status({ status: "offered" }));
    vi.advanceTimersByTime(120_000);
    expect(names()).toEqual(["livechat.requested"]);

    latest().say(status({ status: "fallback", endReason: "fallback" }));
    const unavailable = { type: "liveChatUnavailable", cardId: "lc", text: null };
    const booking = { type: "question", cardId: "b", text: [], buttons: [], allowFreeText: false };
    latest().say(
      messages(
        { seq: 2, author: "bot", body: unavailable, createdAt: "" },
        { seq: 3, author: "bot", body: booking, createdAt: "" },
      ),
    );
    expect(names()).toEqual(["livechat.requested", "livechat.timedout"]);
    // The bot has the word again (the booking offer): no chat composer.
    expect(chatting(c.record)).toBe(false);
    expect(names()).not.toContain("livechat.started");
  });

  it("a typed message goes with a client id, again after a reconnect until acknowledged, and never twice after", () => {
    const { session, c } = inChat();
    latest().say(messages(card(1), notice(2, "assigned", { agent: anna })));
    latest().lose();
    session.answer(c, { kind: "chat", text: "Do you ship to Norway?" });
    expect(sentOf("chat.send")).toHaveLength(0);
    expect(session.pending(c).map((p) => p.input)).toEqual([
      { kind: "chat", text: "Do you ship to Norway?" },
    ]);

    vi.advanceTimersByTime(30_000);
    latest().say({ type: "hello", kind: "visitor", id: "v1" });
    const [first] = sentOf("chat.send");
    expect(first).toMatchObject({ conversationId: "conv1", text: "Do you ship to Norway?" });
    expect(first?.clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    // Lost before the ack: sent again, with the same client id (the server stores it once).
    reconnect();
    expect(sentOf("chat.send").map((f) => f.clientId)).toEqual([first?.clientId, first?.clientId]);
    latest().say({ type: "ack", clientId: first?.clientId as string, duplicate: true });
    latest().say(messages(said(3, "visitor", "Do you ship to Norway?", first?.clientId)));
    expect(session.pending(c)).toEqual([]);

    reconnect();
    expect(sentOf("chat.send")).toHaveLength(2);
    expect(latest().sent.map((f) => f.type)).toEqual(["conversation.resume"]);
  });

  it("typing is told at most every 3 s while the visitor types, and stopped 4 s after the last key or at send", () => {
    const { session, c } = inChat();
    latest().say(messages(card(1)));
    const typing = () => sentOf("chat.typing").map((f) => f.typing);
    for (let i = 0; i < 10; i++) {
      session.typing(c);
      vi.advanceTimersByTime(200);
    }
    expect(typing()).toEqual([true]);
    vi.advanceTimersByTime(1500);
    session.typing(c);
    expect(typing()).toEqual([true, true]);
    vi.advanceTimersByTime(3999);
    expect(typing()).toEqual([true, true]);
    vi.advanceTimersByTime(1);
    expect(typing()).toEqual([true, true, false]);

    session.typing(c);
    session.answer(c, { kind: "chat", text: "hello" });
    expect(typing()).toEqual([true, true, false, true, false]);
    vi.advanceTimersByTime(10_000);
    expect(typing()).toHaveLength(5);
  });

  it("the agent's typing, read marks both ways, End chat, and the state back after a resume", () => {
    const { session, c } = inChat();
    latest().say(messages(card(1), notice(2, "assigned", { agent: anna })));
    // Received: delivered up to 2 (once); looked at: read.
    expect(sentOf("chat.seen")).toEqual([{ type: "chat.seen", conversationId: "conv1", deliveredSeq: 2 }]);
    session.read(c);
    session.read(c);
    expect(sentOf("chat.seen").at(-1)).toEqual({
      type: "chat.seen",
      conversationId: "conv1",
      deliveredSeq: 2,
      readSeq: 2,
    });
    expect(sentOf("chat.seen")).toHaveLength(2);

    const typing = (on: boolean): ServerFrame => ({
      type: "event",
      channel: "visitor:v1",
      name: "livechat.typing",
      data: { conversationId: "conv1", typing: on, agentName: "Anna Berg" },
    });
    latest().say(typing(true));
    expect(c.typing).toBe(true);
    latest().say(messages(said(3, "agent", "Let me check")));
    expect(c.typing).toBe(false);
    // A lost "stopped" does not leave the dots on for ever.
    latest().say(typing(true));
    vi.advanceTimersByTime(15_000);
    expect(c.typing).toBe(false);

    latest().say({
      type: "event",
      channel: "visitor:v1",
      name: "livechat.read",
      data: { conversationId: "conv1", deliveredSeq: 4, readSeq: 4 },
    });
    expect(c.record.lc?.read).toBe(4);

    expect(session.endChat(c)).toBe(true);
    expect(sentOf("chat.end")).toMatchObject([{ type: "chat.end", conversationId: "conv1" }]);

    // A new page: the chat is shown from storage, and the resume answer says where it stands now.
    const again = startSession(emitted, backing);
    const restored = again.restore("chat");
    expect(restored?.record.lc).toMatchObject({ status: "assigned", read: 4 });
    expect(latest().sent.at(-1)).toMatchObject({ type: "conversation.resume", afterSeq: 3 });
    latest().say({
      ...(messages(notice(4, "ended", { reason: "visitor" })) as object),
      liveChat: {
        conversationId: "conv1",
        chatId: "chat1",
        status: "ended",
        agent: anna,
        position: null,
        estimatedWaitSeconds: null,
        endReason: "visitor",
        readSeq: 4,
      },
    } as ServerFrame);
    expect(restored?.record.lc).toMatchObject({ n: 1, status: "ended", reason: "visitor" });
  });
});
