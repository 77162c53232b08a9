import type { AgentSummary } from "@parley/protocol/liveChat";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepAgentPresence } from "../../domain/agents/sweepAgentPresence";
import { frozenClock, setClock } from "../../lib/clock";
import { buildUser, newSite } from "../../testing/factories";
import {
  createTestDatabase,
  POSTGRES_TEST_URL,
  REDIS_TEST_URL,
  type TestDatabase,
} from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";
import { WsClient } from "../../testing/wsClient";

const time = frozenClock("2026-03-10T06:00:00.000Z");
setClock(time);

/** Presence in Redis: an agent beating on node A is online for node B, and one sweep state serves both. */
describe.skipIf(!POSTGRES_TEST_URL || !REDIS_TEST_URL)(
  "agent presence across two nodes [postgres + redis]",
  () => {
    let db: TestDatabase;
    let nodeA: TestServer;
    let nodeB: TestServer;

    beforeAll(async () => {
      db = await createTestDatabase("postgres");
      // The sweeps are run by the test, so their counts are its own.
      const options = { env: { REDIS_URL: REDIS_TEST_URL as string }, options: { jobs: { start: false } } };
      nodeA = await startTestServer(db, options);
      nodeB = await startTestServer(db, options);
    });
    afterAll(async () => {
      await nodeA?.close();
      await nodeB?.close();
      await db?.drop();
    });

    const socket = async (node: TestServer, cookie: string) => {
      const ws = await WsClient.connect(`${node.url.replace("http", "ws")}/ws`, { cookie, origin: node.url });
      await ws.next((f) => f.type === "hello");
      return ws;
    };

    it("a heartbeat on one node counts on the other; a lapse is announced once, whichever node sweeps", async () => {
      const admin = await nodeA.admin();
      const siteId = await newSite(admin, "Two nodes");
      const agent = await buildUser(nodeA, admin, "live_agent", { siteIds: [siteId] });
      const watcher = await socket(nodeB, (await nodeB.admin()).cookie ?? "");
      watcher.send({ type: "subscribe", channel: `site:${siteId}` });
      await watcher.next((f) => f.type === "subscribed");
      const presence = (state: string) =>
        watcher.next(
          (f) =>
            f.type === "event" && f.name === "agent.presence" && (f.data as AgentSummary).state === state,
        );

      const onA = await socket(nodeA, agent.client.cookie ?? "");
      onA.send({ type: "presence.beat", inboxOpen: true, ref: "b" });
      expect(await presence("available")).toMatchObject({ data: { id: agent.id } });
      const seenByB = await (
        await nodeB.admin()
      ).get<{ items: AgentSummary[] }>(`/api/sites/${siteId}/agents`);
      expect(seenByB.body.items.find((a) => a.id === agent.id)?.state).toBe("available");

      expect(await sweepAgentPresence(nodeB.parley.ctx)).toEqual({ announced: 1 });
      await presence("available");
      expect(await sweepAgentPresence(nodeA.parley.ctx)).toEqual({ announced: 0 });

      time.advance(50_000);
      expect(await sweepAgentPresence(nodeA.parley.ctx)).toEqual({ announced: 1 });
      expect(await presence("offline")).toMatchObject({ data: { id: agent.id } });
      expect(await sweepAgentPresence(nodeB.parley.ctx)).toEqual({ announced: 0 });
      onA.close();
      watcher.close();
    });
  },
);
