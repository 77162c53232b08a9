import { expect, it, onTestFinished } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { agentSocket, assignedChat } from "../../testing/assignedChat";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import type { WsClient } from "../../testing/wsClient";

type Msg = {
  seq: number;
  author: string;
  clientId?: string;
  body: { kind?: string; text?: string; agent?: { id: string; name: string } };
};

/** The next chat.messages event an agent's socket hears, and its messages. */
const agentHears = async (socket: WsClient) =>
  ((await socket.next((f) => f.type === "event" && f.name === "chat.messages")).data as { messages: Msg[] })
    .messages;

describeEachDatabase("live chat messages", (server) => {
  it("visitor and agent write both ways; each side hears the other's message with its sequence number", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);

    chat.visitor.socket.send({
      type: "chat.send",
      ref: "v1",
      clientId: "visitor-msg-1",
      conversationId: chat.conversationId,
      text: "Hi, I need help",
    });
    const ack = await chat.visitor.socket.next((f) => f.type === "ack" && f.ref === "v1");
    expect(ack).toMatchObject({ clientId: "visitor-msg-1", duplicate: false });
    const [heard] = await agentHears(agent);
    expect(heard).toMatchObject({
      seq: ack.seq,
      author: "visitor",
      clientId: "visitor-msg-1",
      body: { kind: "chat", text: "Hi, I need help" },
    });

    agent.send({
      type: "chat.send",
      ref: "a1",
      clientId: "agent-msg-1",
      conversationId: chat.conversationId,
      text: "Sure, what is it?",
    });
    const agentAck = await agent.next((f) => f.type === "ack" && f.ref === "a1");
    expect(agentAck).toMatchObject({ duplicate: false, seq: (ack.seq as number) + 1 });
    const shown = await chat.visitor.message((m) => m.author === "agent");
    expect(shown).toMatchObject({
      seq: agentAck.seq,
      body: {
        kind: "chat",
        text: "Sure, what is it?",
        agent: { id: chat.agent.id, name: "Test live_agent", avatarUrl: null },
      },
    });
    agent.close();
  });

  it("the same client id twice is stored once: the second send is acknowledged as a duplicate with the same seq", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    const send = (ref: string) =>
      chat.visitor.socket.send({
        type: "chat.send",
        ref,
        clientId: "resent-client-id",
        conversationId: chat.conversationId,
        text: "Once",
      });
    send("first");
    const first = await chat.visitor.socket.next((f) => f.ref === "first");
    await chat.visitor.reconnect();
    send("again");
    const again = await chat.visitor.socket.next((f) => f.ref === "again");
    expect(first).toMatchObject({ type: "ack", duplicate: false });
    expect(again).toMatchObject({ type: "ack", duplicate: true, seq: first.seq });
    const rows = await server()
      .parley.ctx.store.db.selectFrom("messages")
      .select("seq")
      .where("conversation_id", "=", chat.conversationId)
      .where("client_id", "=", "resent-client-id")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("messages keep their order, and a visitor who reconnects resumes exactly after the last seq they saw", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    const acks: number[] = [];
    for (let i = 1; i <= 5; i++) {
      chat.visitor.socket.send({
        type: "chat.send",
        ref: `m${i}`,
        clientId: `ordered-${i}-abcdef`,
        conversationId: chat.conversationId,
        text: `Message ${i}`,
      });
      acks.push((await chat.visitor.socket.next((f) => f.ref === `m${i}`)).seq as number);
    }
    expect(acks).toEqual(acks.map((_, i) => (acks[0] as number) + i));
    await chat.visitor.reconnect();
    chat.visitor.socket.send({
      type: "conversation.resume",
      conversationId: chat.conversationId,
      afterSeq: acks[1],
    });
    const resumed = await chat.visitor.socket.next((f) => f.type === "conversation.messages");
    expect((resumed.messages as Msg[]).map((m) => m.body.text)).toEqual([
      "Message 3",
      "Message 4",
      "Message 5",
    ]);
  });

  it("before an agent takes the chat the visitor's messages are kept, and the agent reads them in the inbox", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin, { status: "queued" });
    chat.visitor.socket.send({
      type: "chat.send",
      ref: "early",
      clientId: "while-queued-1",
      conversationId: chat.conversationId,
      text: "Anyone there?",
    });
    expect(await chat.visitor.socket.next((f) => f.ref === "early")).toMatchObject({
      type: "ack",
      duplicate: false,
    });
    const read = await admin.get<{ messages: Msg[] }>(
      `/api/sites/${chat.site.id}/inbox/${chat.conversationId}`,
    );
    expect(read.body.messages.at(-1)).toMatchObject({ author: "visitor", body: { text: "Anyone there?" } });
  });

  it("refuses bad frames and writers who may not write, and stores nothing", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    const other = await assignedChat(server(), admin, { site: chat.site });
    const count = async () =>
      Number(
        (
          await server()
            .parley.ctx.store.db.selectFrom("messages")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("conversation_id", "=", chat.conversationId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const v = chat.visitor.socket;
    v.send({
      type: "chat.send",
      ref: "empty",
      clientId: "bad-frame-1",
      conversationId: chat.conversationId,
      text: "   ",
    });
    expect(await v.next((f) => f.ref === "empty")).toMatchObject({
      type: "error",
      code: "validation_failed",
    });
    v.send({
      type: "chat.send",
      ref: "short",
      clientId: "x",
      conversationId: chat.conversationId,
      text: "Hi",
    });
    expect(await v.next((f) => f.ref === "short")).toMatchObject({
      type: "error",
      code: "validation_failed",
    });
    // Another visitor's conversation: as if it did not exist.
    other.visitor.socket.send({
      type: "chat.send",
      ref: "theirs",
      clientId: "not-mine-123",
      conversationId: chat.conversationId,
      text: "Hi",
    });
    expect(await other.visitor.socket.next((f) => f.ref === "theirs")).toMatchObject({
      type: "error",
      code: "not_found",
    });
    // The other chat's agent is not this chat's agent.
    const otherAgent = await agentSocket(server(), other.agent.client);
    otherAgent.send({
      type: "chat.send",
      ref: "intruder",
      clientId: "intruder-123",
      conversationId: chat.conversationId,
      text: "Hi",
    });
    expect(await otherAgent.next((f) => f.ref === "intruder")).toMatchObject({
      type: "error",
      code: "forbidden",
    });
    expect(await count()).toBe(before);
    otherAgent.close();
  });

  it("the conversation channel is open to who may see the conversation only", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    const stranger = await buildUser(server(), admin, "live_agent");
    const socket = await agentSocket(server(), stranger.client);
    socket.send({ type: "subscribe", channel: `conversation:${chat.conversationId}`, ref: "s" });
    expect(await socket.next((f) => f.ref === "s")).toMatchObject({ type: "error", code: "forbidden" });
    socket.close();
    const supervisor = await buildUser(server(), admin, "marketing_user");
    (await agentSocket(server(), supervisor.client, chat.conversationId)).close();
    chat.visitor.socket.send({ type: "subscribe", channel: `conversation:${chat.conversationId}`, ref: "v" });
    expect(await chat.visitor.socket.next((f) => f.ref === "v")).toMatchObject({
      type: "error",
      code: "forbidden",
    });
  });

  it("typing is relayed both ways, and a flood of typing frames is relayed once", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);
    // The throttle's window must not pass during the flood, however slow the machine.
    const restore = setClock(frozenClock("2026-03-02T10:00:00Z"));
    onTestFinished(restore);
    for (let i = 0; i < 30; i++)
      chat.visitor.socket.send({ type: "chat.typing", conversationId: chat.conversationId, typing: true });
    chat.visitor.socket.send({ type: "chat.typing", conversationId: chat.conversationId, typing: false });
    const stopped = await agent.next(
      (f) =>
        f.type === "event" && f.name === "chat.typing" && (f.data as { typing: boolean }).typing === false,
    );
    expect(stopped.data).toMatchObject({ author: "visitor", conversationId: chat.conversationId });
    const started = agent.frames.filter((f) => f.type === "event" && f.name === "chat.typing");
    expect(started).toHaveLength(1);

    agent.send({ type: "chat.typing", conversationId: chat.conversationId, typing: true });
    const shown = await chat.visitor.socket.next((f) => f.type === "event" && f.name === "livechat.typing");
    expect(shown.data).toEqual({
      conversationId: chat.conversationId,
      typing: true,
      agentName: "Test live_agent",
    });
    agent.close();
  });

  it("read marks are stored, only move forward, and the visitor hears the agent's", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    chat.visitor.socket.send({
      type: "chat.send",
      ref: "r",
      clientId: "to-be-read-1",
      conversationId: chat.conversationId,
      text: "Read me",
    });
    const { seq } = await chat.visitor.socket.next((f) => f.ref === "r");
    const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);
    agent.send({ type: "chat.seen", conversationId: chat.conversationId, readSeq: seq });
    const read = await chat.visitor.socket.next((f) => f.type === "event" && f.name === "livechat.read");
    expect(read.data).toEqual({ conversationId: chat.conversationId, deliveredSeq: seq, readSeq: seq });
    agent.send({ type: "chat.seen", conversationId: chat.conversationId, deliveredSeq: 0, readSeq: 1 });
    const again = await chat.visitor.socket.next((f) => f.type === "event" && f.name === "livechat.read");
    expect(again.data).toMatchObject({ deliveredSeq: seq, readSeq: seq });
    const row = await server()
      .parley.ctx.store.db.selectFrom("live_chats")
      .select(["agent_read_seq", "agent_delivered_seq"])
      .where("id", "=", chat.chatId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ agent_read_seq: seq, agent_delivered_seq: seq });
    agent.close();
  });
});
