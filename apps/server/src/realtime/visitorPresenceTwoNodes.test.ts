import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { frozenClock, setClock } from "../lib/clock";
import { manualTimers } from "../lib/timers";
import { agentSocket, assignedChat } from "../testing/assignedChat";
import {
  createTestDatabase,
  POSTGRES_TEST_URL,
  REDIS_TEST_URL,
  type TestDatabase,
} from "../testing/testDatabases";
import { startTestServer, type TestServer } from "../testing/testServer";
import { TestVisitor } from "../testing/visitorClient";
import { OFFLINE_AFTER_MS, RENEW_VISITOR_LEASE_EVERY_MS, VISITOR_LEASE_MS } from "./visitorPresence";

/** Two nodes on one PostgreSQL and one Redis, each with timers of its own, at one frozen clock. */
describe.skipIf(!POSTGRES_TEST_URL || !REDIS_TEST_URL)(
  "visitor presence across two nodes [postgres + redis]",
  () => {
    const time = frozenClock("2026-03-02T10:00:00.000Z");
    const [timersA, timersB] = [manualTimers(), manualTimers()];
    let restoreClock = () => {};
    let db: TestDatabase;
    let nodeA: TestServer;
    let nodeB: TestServer;
    let bClosed = false;

    beforeAll(async () => {
      restoreClock = setClock(time);
      db = await createTestDatabase("postgres");
      const env = { REDIS_URL: REDIS_TEST_URL as string };
      nodeA = await startTestServer(db, { env, options: { visitorPresence: { timers: timersA } } });
      nodeB = await startTestServer(db, { env, options: { visitorPresence: { timers: timersB } } });
    });
    afterAll(async () => {
      await nodeA?.close();
      if (!bClosed) await nodeB?.close();
      await db?.drop();
      restoreClock();
    });

    it("a tab on each node: closing A's keeps the visitor online; when B dies they go offline once its lease lapses; back on a new node, online on A", async () => {
      const admin = await nodeA.admin();
      const chat = await assignedChat(nodeA, admin);
      const { id: siteId } = chat.site;
      const visitorId = chat.visitor.visitorId;
      const inbox = await agentSocket(nodeA, chat.agent.client);
      inbox.send({ type: "subscribe", channel: `site:${siteId}`, ref: "site" });
      await inbox.next((f) => f.ref === "site");
      const heard: boolean[] = [];
      inbox.socket.on("message", (raw) => {
        const frame = JSON.parse(raw.toString()) as { name?: string; data?: { online: boolean } };
        if (frame.name === "visitor.presence") heard.push(frame.data?.online as boolean);
      });
      const online = async (node: TestServer) =>
        (await node.parley.ctx.visitors.online(siteId, [visitorId])).has(visitorId);
      const read = async () =>
        (
          await chat.agent.client.get<{ visitorOnline: boolean }>(
            `/api/sites/${siteId}/inbox/${chat.conversationId}`,
          )
        ).body.visitorOnline;

      const onB = await TestVisitor.connect(nodeB, chat.site, chat.visitor.token);
      chat.visitor.socket.close();
      await vi.waitFor(() => expect(nodeA.parley.ctx.visitors.sockets(siteId, visitorId)).toBe(0));
      timersA.advance(OFFLINE_AFTER_MS);
      await nodeA.parley.ctx.visitors.settled();
      expect(await online(nodeA)).toBe(true);
      expect(await read()).toBe(true);
      // Another tab on A and gone again: B holds them all along, nothing to tell.
      const againOnA = await TestVisitor.connect(nodeA, chat.site, chat.visitor.token);
      againOnA.close();
      await vi.waitFor(() => expect(nodeA.parley.ctx.visitors.sockets(siteId, visitorId)).toBe(0));
      timersA.advance(OFFLINE_AFTER_MS);
      await nodeA.parley.ctx.visitors.settled();

      // B dies (stops without a word): its tab is gone, but until its lease lapses the visitor reads online.
      await nodeB.close();
      bClosed = true;
      await onB.closed;
      expect(await read()).toBe(true);
      time.advance(VISITOR_LEASE_MS + 1);
      expect(await read()).toBe(false);
      // A's next renewal reaps B and tells the inbox.
      timersA.advance(RENEW_VISITOR_LEASE_EVERY_MS);
      await vi.waitFor(() => expect(heard).toEqual([false]));

      // Back, on a third node of the same deployment: the inbox on A hears it through the bus.
      const timersC = manualTimers();
      const nodeC = await startTestServer(db, {
        env: { REDIS_URL: REDIS_TEST_URL as string },
        options: { visitorPresence: { timers: timersC } },
      });
      const onC = await TestVisitor.connect(nodeC, chat.site, chat.visitor.token);
      await vi.waitFor(() => expect(heard).toEqual([false, true]));
      expect(await read()).toBe(true);
      onC.close();
      inbox.close();
      await nodeC.close();
    });
  },
);
