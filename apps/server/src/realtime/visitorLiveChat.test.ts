import { expect, it } from "vitest";
import { agentSocket, assignedChat, type TestChat } from "../testing/assignedChat";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { publishStream, quickSite, TestVisitor } from "../testing/visitorClient";

/** The visitor reconnects and resumes after `afterSeq`; returns the answer's `liveChat`. */
async function resume(chat: Pick<TestChat, "visitor" | "conversationId">, afterSeq = 0) {
  await chat.visitor.reconnect();
  chat.visitor.socket.send({ type: "conversation.resume", conversationId: chat.conversationId, afterSeq });
  const answer = await chat.visitor.socket.next((f) => f.type === "conversation.messages");
  return answer.liveChat;
}

describeEachDatabase("what the widget hears of its live chat", (server) => {
  it("a resume says where the chat stands: the agent and how far they read, the queue place, nothing without a chat", async () => {
    const admin = await server().admin();
    const chat = await assignedChat(server(), admin);
    chat.visitor.socket.send({
      type: "chat.send",
      ref: "v1",
      clientId: "resume-status-1",
      conversationId: chat.conversationId,
      text: "Are you there?",
    });
    const { seq } = await chat.visitor.socket.next((f) => f.ref === "v1");
    const agent = await agentSocket(server(), chat.agent.client, chat.conversationId);
    agent.send({ type: "chat.seen", conversationId: chat.conversationId, readSeq: seq });
    await chat.visitor.socket.next((f) => f.type === "event" && f.name === "livechat.read");
    expect(await resume(chat, seq as number)).toEqual({
      conversationId: chat.conversationId,
      chatId: chat.chatId,
      status: "assigned",
      agent: { id: chat.agent.id, name: "Test live_agent", avatarUrl: null },
      position: null,
      estimatedWaitSeconds: null,
      endReason: null,
      readSeq: seq,
    });
    agent.close();

    const site = await quickSite(admin);
    const first = await assignedChat(server(), admin, { site, status: "queued" });
    const second = await assignedChat(server(), admin, { site, status: "queued" });
    expect(await resume(second)).toMatchObject({
      chatId: second.chatId,
      status: "queued",
      agent: null,
      position: 2,
      estimatedWaitSeconds: 120,
    });
    expect(await resume(first)).toMatchObject({ status: "queued", position: 1, estimatedWaitSeconds: 60 });

    const botOnly = await TestVisitor.arrive(server(), site);
    const conversationId = await botOnly.start(
      await publishStream(admin, site.id, {
        schemaVersion: 1,
        startCardId: "m",
        cards: [{ id: "m", type: "message", text: "Just a bot", next: null }],
      }),
    );
    await botOnly.bot("message");
    expect(await resume({ visitor: botOnly, conversationId })).toBeNull();
  });
});
