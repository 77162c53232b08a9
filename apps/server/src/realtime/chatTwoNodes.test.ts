import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentSocket, assignedChat } from "../testing/assignedChat";
import {
  createTestDatabase,
  POSTGRES_TEST_URL,
  REDIS_TEST_URL,
  type TestDatabase,
} from "../testing/testDatabases";
import { startTestServer, type TestServer } from "../testing/testServer";
import type { WsClient } from "../testing/wsClient";

type Msg = { seq: number; author: string; clientId?: string; body: { text?: string } };

/** Every chat message a socket hears, in arrival order (agents: chat.messages; visitors: conversation.messages). */
function collect(socket: WsClient, kind: "agent" | "visitor"): Msg[] {
  const heard: Msg[] = [];
  socket.socket.on("message", (data) => {
    const f = JSON.parse(data.toString()) as {
      type: string;
      name?: string;
      data?: { messages: Msg[] };
      messages?: Msg[];
    };
    if (kind === "agent" && f.type === "event" && f.name === "chat.messages")
      heard.push(...(f.data?.messages ?? []));
    if (kind === "visitor" && f.type === "conversation.messages") heard.push(...(f.messages ?? []));
  });
  return heard;
}

/** What a client keeps: each seq once, in order (a resume may repeat what a live event already brought). */
/**
 * Where a client resumes: the last seq up to which it has every message. Not the highest it heard: a
 * node that dies between a commit and its announcement leaves a gap that only a resume fills.
 */
function resumeFrom(knownSeq: number, heard: Msg[]): number {
  const seqs = new Set(heard.map((m) => m.seq));
  let last = knownSeq;
  while (seqs.has(last + 1)) last += 1;
  return last;
}

const kept = (messages: Msg[]) =>
  [...new Map(messages.map((m) => [m.seq, m])).values()].sort((a, b) => a.seq - b.seq);

describe.skipIf(!POSTGRES_TEST_URL || !REDIS_TEST_URL)(
  "a live chat across two nodes [postgres + redis]",
  () => {
    let db: TestDatabase;
    let nodeA: TestServer;
    let nodeB: TestServer;
    let bClosed = false;

    beforeAll(async () => {
      db = await createTestDatabase("postgres");
      const env = { REDIS_URL: REDIS_TEST_URL as string };
      [nodeA, nodeB] = await Promise.all([startTestServer(db, { env }), startTestServer(db, { env })]);
    });
    afterAll(async () => {
      await nodeA?.close();
      if (!bClosed) await nodeB?.close();
      await db?.drop();
    });

    it("visitor on A, agent on B; B dies mid-chat; the agent resumes on A: every message exactly once, in order", async () => {
      const admin = await nodeA.admin();
      const chat = await assignedChat(nodeA, admin);
      const conv = chat.conversationId;
      // Both clients start with the bot part: everything up to the conversation's last seq now.
      const { last_seq: startSeq } = await nodeA.parley.ctx.store.db
        .selectFrom("conversations")
        .select("last_seq")
        .where("id", "=", conv)
        .executeTakeFirstOrThrow();
      const visitorHeard = collect(chat.visitor.socket, "visitor");
      const onB = await agentSocket(nodeB, chat.agent.client, conv);
      const agentHeardOnB = collect(onB, "agent");

      const visitorSays = async (n: number) => {
        chat.visitor.socket.send({
          type: "chat.send",
          ref: `v${n}`,
          clientId: `visitor-${n}-two-nodes`,
          conversationId: conv,
          text: `visitor ${n}`,
        });
        return chat.visitor.socket.next((f) => f.ref === `v${n}`);
      };
      const agentSays = (socket: WsClient, n: number) => {
        socket.send({
          type: "chat.send",
          ref: `a${n}`,
          clientId: `agent-${n}-two-nodes`,
          conversationId: conv,
          text: `agent ${n}`,
        });
        return socket.next((f) => f.ref === `a${n}`);
      };
      for (let n = 1; n <= 4; n++) {
        await visitorSays(n);
        await agentSays(onB, n);
      }
      // Each side heard the other's latest message across the nodes (through Redis).
      await chat.visitor.message((m) => m.body.text === "agent 4");

      // Node B dies with the agent's fifth message sent and not acknowledged; the visitor goes on meanwhile.
      onB.send({
        type: "chat.send",
        ref: "a5",
        clientId: "agent-5-two-nodes",
        conversationId: conv,
        text: "agent 5",
      });
      await nodeB.close();
      bClosed = true;
      await onB.closed;
      await visitorSays(5);
      await visitorSays(6);

      // The agent reconnects to A: joins the channel, reads what came after the last seq it saw, resends 5.
      const onA = await agentSocket(nodeA, chat.agent.client, conv);
      const agentHeardOnA = collect(onA, "agent");
      const lastSeen = resumeFrom(startSeq, agentHeardOnB);
      const missed = await chat.agent.client.get<{ messages: Msg[] }>(
        `/api/sites/${chat.site.id}/inbox/${conv}?afterSeq=${lastSeen}`,
      );
      expect(missed.status).toBe(200);
      expect(await agentSays(onA, 5)).toMatchObject({ type: "ack", clientId: "agent-5-two-nodes" });
      await agentSays(onA, 6);
      await visitorSays(7);
      await onA.next(
        (f) =>
          f.type === "event" && f.name === "chat.messages" && JSON.stringify(f.data).includes("visitor 7"),
      );

      // The visitor reconnects too and resumes after the last seq it saw.
      await chat.visitor.message((m) => m.body.text === "agent 6");
      const visitorLast = resumeFrom(startSeq, visitorHeard);
      await chat.visitor.reconnect();
      chat.visitor.socket.send({ type: "conversation.resume", conversationId: conv, afterSeq: visitorLast });
      const resumed = await chat.visitor.socket.next((f) => f.type === "conversation.messages");

      const stored = await nodeA.parley.ctx.store.db
        .selectFrom("messages")
        .select(["seq", "client_id", "body"])
        .where("conversation_id", "=", conv)
        .orderBy("seq")
        .execute();
      const chatMessages = stored.filter((m) => m.client_id);
      const expected = [1, 2, 3, 4, 5, 6]
        .flatMap((n) => [`visitor-${n}-two-nodes`, `agent-${n}-two-nodes`])
        .concat("visitor-7-two-nodes");
      // Stored once each (agent 5 was resent), with consecutive sequence numbers.
      expect(chatMessages.map((m) => m.client_id).sort()).toEqual(expected.sort());
      expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));

      const firstChatSeq = chatMessages[0]?.seq as number;
      const wanted = stored.filter((m) => m.seq >= firstChatSeq).map((m) => m.seq);
      // Live delivery never repeats a message on a socket. (Around the kill it may skip one — committed
      // on B, not announced before B died — which the resume brings; the client orders by seq.)
      for (const heard of [agentHeardOnB, agentHeardOnA, visitorHeard])
        expect(heard.map((m) => m.seq)).toEqual([...new Set(heard.map((m) => m.seq))]);
      // Agent: live on B, then the inbox read and live on A.
      const agentKept = kept([...agentHeardOnB, ...missed.body.messages, ...agentHeardOnA]).filter(
        (m) => m.seq >= firstChatSeq,
      );
      expect(agentKept.map((m) => m.seq)).toEqual(wanted);
      // Visitor: live on A before the reconnect, then the resume.
      const visitorKept = kept([...visitorHeard, ...(resumed.messages as Msg[])]).filter(
        (m) => m.seq >= firstChatSeq,
      );
      expect(visitorKept.map((m) => m.seq)).toEqual(wanted);
      expect(visitorKept.map((m) => m.body.text)).toEqual(
        stored.filter((m) => m.seq >= firstChatSeq).map((m) => (JSON.parse(m.body) as { text: string }).text),
      );
      onA.close();
    });
  },
);
