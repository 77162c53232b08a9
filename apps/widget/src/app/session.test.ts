import type { ServerFrame } from "@parley/protocol/realtime";
import { describe, expect, it, vi } from "vitest";
import { FakeSocket, latest, sentOf, startSession, useFakeBrowser } from "./testing/fakeSocket";

const inputs = () => sentOf("conversation.input");

describe("the session over one WebSocket", () => {
  const { emitted, backing } = useFakeBrowser();

  const start = () => startSession(emitted, backing);

  it("starts a conversation once, resumes it by sequence after a reconnect, and delivers an offline answer exactly once", () => {
    const session = start();
    expect(latest().url).toBe("wss://parley.example.com/ws?site=site_1&visitor=tok");
    const c = session.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    const startFrame = latest().sent.find((f) => f.type === "conversation.start");
    expect(startFrame).toMatchObject({
      dialogueId: "d1",
      delivery: "chat",
      language: "fr",
      pageUrl: "https://shop.example.com/pricing",
    });
    const startId = (startFrame as { clientId: string }).clientId;
    latest().say({ type: "conversation.started", ref: startId, conversationId: "conv1" });
    const question = {
      type: "question",
      cardId: "q",
      text: [{ text: "Hi" }],
      buttons: [],
      allowFreeText: true,
    };
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "initiated",
      messages: [{ seq: 1, author: "bot", body: question, createdAt: "2025-01-01T00:00:00Z" }],
    });

    // The network goes; the visitor answers anyway.
    latest().lose();
    session.answer(c, { kind: "answer", value: "pricing" });
    expect(session.pending(c)).toHaveLength(1);
    expect(inputs()).toHaveLength(0);

    // Back (after the backoff): resume from seq 1, then the waiting answer.
    vi.advanceTimersByTime(30_000);
    expect(FakeSocket.all).toHaveLength(2);
    latest().say({ type: "hello", kind: "visitor", id: "v1" });
    expect(latest().sent.map((f) => f.type)).toEqual(["conversation.resume", "conversation.input"]);
    expect(latest().sent[0]).toMatchObject({ conversationId: "conv1", afterSeq: 1 });
    const answerId = (inputs()[0] as { clientId: string }).clientId;

    // Lost again before the server's ack: the same answer goes again, with the same client id.
    latest().lose();
    vi.advanceTimersByTime(30_000);
    latest().say({ type: "hello", kind: "visitor", id: "v1" });
    expect(inputs().map((f) => (f as { clientId: string }).clientId)).toEqual([answerId, answerId]);
    latest().say({ type: "ack", clientId: answerId, duplicate: true });
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "engaged",
      messages: [
        {
          seq: 2,
          author: "visitor",
          body: { kind: "answer", value: "pricing" },
          clientId: answerId,
          createdAt: "2025-01-01T00:00:01Z",
        },
        {
          seq: 3,
          author: "bot",
          body: { type: "message", cardId: "m", text: [] },
          createdAt: "2025-01-01T00:00:02Z",
        },
      ],
    });
    expect(session.pending(c)).toEqual([]);

    // A third socket sends nothing old again.
    latest().lose();
    vi.advanceTimersByTime(30_000);
    latest().say({ type: "hello", kind: "visitor", id: "v1" });
    expect(latest().sent).toEqual([
      { type: "conversation.resume", ref: `r${startId}`, conversationId: "conv1", afterSeq: 3 },
    ]);
    expect(c.record.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(emitted.map((e) => e.name)).toEqual(["conversation.triggered", "conversation.engaged"]);
    expect(emitted[0]?.payload).toMatchObject({
      type: "dialogue",
      id: "d1",
      delivery: "chat",
      conversationId: "conv1",
    });
  });

  it("a reload before the server confirmed the start sends the same start again, then resumes what it missed", () => {
    const first = start();
    first.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    const startId = (latest().sent[0] as { clientId: string }).clientId;
    first.close();

    // The next page: the conversation is restored from storage and started with the same client id.
    const second = start();
    const c = second.restore("chat");
    expect(c?.record.start).toBe(startId);
    const again = latest().sent.find((f) => f.type === "conversation.start") as { clientId: string };
    expect(again.clientId).toBe(startId);
    latest().say({ type: "conversation.started", ref: startId, conversationId: "conv1" });
    expect(latest().sent.at(-1)).toMatchObject({
      type: "conversation.resume",
      conversationId: "conv1",
      afterSeq: 0,
    });
  });

  it("turns the server's activities into API events, once, even when the transcript shows them too", () => {
    const session = start();
    const c = session.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    const activity = (type: string, cardId: string, data: Record<string, unknown>): ServerFrame => ({
      type: "event",
      channel: "visitor:v1",
      name: "activity",
      data: { type, conversationId: "conv1", cardId, data },
    });
    // A step's activities can overtake `conversation.started`.
    latest().say(activity("goal_reached", "g", { goal: "Qualified" }));
    latest().say({ type: "conversation.started", ref: c.record.start, conversationId: "conv1" });
    const capture = { type: "capture", cardId: "e", text: [], kind: "email" };
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "engaged",
      messages: [
        { seq: 1, author: "bot", body: capture, createdAt: "" },
        { seq: 2, author: "visitor", body: { kind: "answer", value: "ada@example.com" }, createdAt: "" },
      ],
    });
    latest().say(activity("email_given", "e", { email: "ada@example.com" }));
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "engaged",
      messages: [{ seq: 3, author: "bot", body: { type: "message", cardId: "t", text: [] }, createdAt: "" }],
    });
    expect(emitted.map((e) => e.name)).toEqual([
      "conversation.triggered",
      "goal.reached",
      "conversation.engaged",
      "email.given",
    ]);
    expect(emitted[1]?.payload).toMatchObject({ goal: "Qualified", conversationId: "conv1" });
    expect(emitted[3]?.payload).toMatchObject({ email: "ada@example.com" });
  });

  it("messages that arrive twice (live and by resume) or out of order are kept once, in order", () => {
    const session = start();
    const c = session.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    latest().say({ type: "conversation.started", ref: c.record.start, conversationId: "conv1" });
    const m = (seq: number) => ({
      seq,
      author: "bot" as const,
      body: { type: "message", cardId: "m", text: [] },
      createdAt: "",
    });
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "initiated",
      messages: [m(2)],
    });
    // A gap: the widget asks for what it missed.
    expect(latest().sent.at(-1)).toMatchObject({ type: "conversation.resume", afterSeq: 0 });
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "initiated",
      messages: [m(1), m(2)],
    });
    expect(c.record.messages.map((x) => x.seq)).toEqual([1, 2]);
    expect(c.record.seq).toBe(2);
  });

  it("a step ends when the server says so: typing stops, the prompt opens, completion is announced", () => {
    const session = start();
    const c = session.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    latest().say({ type: "conversation.started", ref: c.record.start, conversationId: "conv1" });
    const question = { type: "question", cardId: "q", text: [], buttons: [], allowFreeText: true };
    const finished = (lastSeq: number, status: "engaged" | "completed", waitsForVisitor: boolean) =>
      latest().say({ type: "step.finished", conversationId: "conv1", status, lastSeq, waitsForVisitor });

    latest().say({ type: "typing", conversationId: "conv1", author: "bot" });
    expect([c.typing, c.busy]).toEqual([true, true]);
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "initiated",
      messages: [{ seq: 1, author: "bot", body: question, createdAt: "" }],
    });
    // The message is here, the step is not over yet: no answer is taken before the server says so.
    expect([c.typing, c.busy]).toEqual([false, true]);
    finished(1, "engaged", true);
    expect([c.typing, c.busy]).toEqual([false, false]);

    // The visitor's answer completes the conversation; the bot's last words are still on their way.
    session.answer(c, { kind: "answer", value: "ok" });
    const clientId = (inputs()[0] as { clientId: string }).clientId;
    latest().say({ type: "typing", conversationId: "conv1", author: "bot" });
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "completed",
      messages: [
        { seq: 2, author: "visitor", body: { kind: "answer", value: "ok" }, clientId, createdAt: "" },
      ],
    });
    latest().say({ type: "ack", clientId, duplicate: false });
    expect(session.pending(c)).toEqual([]);
    expect(c.replying).toBe(true);
    // A step.finished that is ahead of what arrived asks for the rest first.
    finished(3, "completed", false);
    expect(latest().sent.at(-1)).toMatchObject({ type: "conversation.resume", afterSeq: 2 });
    expect(emitted.map((e) => e.name)).not.toContain("conversation.completed");
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "completed",
      messages: [{ seq: 3, author: "bot", body: { type: "message", cardId: "t", text: [] }, createdAt: "" }],
    });
    finished(3, "completed", false);
    expect([c.typing, c.busy, c.replying]).toEqual([false, false, false]);
    expect(emitted.map((e) => e.name).filter((n) => n === "conversation.completed")).toHaveLength(1);
  });

  it("a one-step conversation whose end overtakes conversation.started still completes", () => {
    const session = start();
    const c = session.start("chat", { type: "dialogue", id: "d1", name: "Welcome", delivery: "chat" });
    const bye = { type: "message", cardId: "m", text: [] };
    latest().say({
      type: "conversation.messages",
      conversationId: "conv1",
      status: "completed",
      messages: [{ seq: 1, author: "bot", body: bye, createdAt: "" }],
    });
    latest().say({
      type: "step.finished",
      conversationId: "conv1",
      status: "completed",
      lastSeq: 1,
      waitsForVisitor: false,
    });
    expect(emitted.map((e) => e.name)).toEqual([]);
    latest().say({ type: "conversation.started", ref: c.record.start, conversationId: "conv1" });
    expect(c.replying).toBe(false);
    expect(emitted.map((e) => e.name)).toEqual(["conversation.triggered", "conversation.completed"]);
  });
});
