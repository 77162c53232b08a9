import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SettledJob } from "../../jobs/jobQueue";
import { type Clock, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import {
  beat,
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  type LiveChatRig,
  offersOf,
  openOffer,
  publishLiveChat,
  visitorAsks,
} from "../../testing/liveChatRig";
import { createTestDatabase, POSTGRES_TEST_URL, type TestDatabase } from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";
import { ROUTE_JOB } from "./requestLiveChat";

describeEachDatabase(
  "live chat offers under concurrency",
  (server) => {
    const clockNow = frozenClockEachTest("2026-03-02T10:00:00.000Z");

    async function offered(rig: LiveChatRig) {
      const a = await liveAgent(rig);
      const b = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId);
      await rig.runJobs();
      const [offer] = await openOffer(a);
      if (!offer) throw new Error("no offer");
      return { a, b, visitor, offer, url: `/api/sites/${rig.site.id}/offers/${offer.offerId}/accept` };
    }

    it("two accepts of one offer at once: exactly one wins, the other is told it is taken", async () => {
      const rig = await liveChatRig(server());
      const { a, visitor, url } = await offered(rig);
      const results = await Promise.all([a.client.post(url), a.client.post(url), a.client.post(url)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const { db } = rig.server.parley.ctx.store;
      const system = await db
        .selectFrom("messages")
        .select("body")
        .where("conversation_id", "=", visitor.conversationId)
        .where("author", "=", "system")
        .execute();
      expect(system).toHaveLength(1);
      expect((await chatOf(rig, visitor.conversationId)).agent_id).toBe(a.id);
    });

    it("an accept racing the offer's timeout: either the agent has it or the next agent is offered it, never both", async () => {
      const rig = await liveChatRig(server());
      const { a, b, visitor, url } = await offered(rig);
      clockNow().advance(101_000);
      await beat(rig, a.id, b.id);
      const [accept] = await Promise.all([a.client.post(url), rig.runJobs()]);
      await rig.runJobs();
      const chat = await chatOf(rig, visitor.conversationId);
      const offers = await offersOf(rig, chat.id);
      if (accept.status === 200) {
        expect(chat).toMatchObject({ status: "assigned", agent_id: a.id });
        expect(offers.map((o) => o.status)).toEqual(["accepted"]);
      } else {
        expect(accept.status).toBe(409);
        expect(chat.status).toBe("offered");
        expect(offers.map((o) => `${o.status}:${o.agent_id === b.id ? "b" : "a"}`)).toEqual([
          "timed_out:a",
          "open:b",
        ]);
      }
    });
  },
  { options: { jobs: { start: false } } },
);

/** A clock that moves one millisecond each time it is read: every decision gets its own instant, in order. */
function tickingClock(startIso: string): Clock & { advance(ms: number): void } {
  let now = Date.parse(startIso);
  return { now: () => (now += 1), advance: (ms) => (now += ms) };
}

describe.skipIf(!POSTGRES_TEST_URL)("live chat routing on two nodes [postgres]", () => {
  let db: TestDatabase;
  let nodes: TestServer[];
  let clock: ReturnType<typeof tickingClock>;
  let restore: () => void;

  beforeAll(async () => {
    clock = tickingClock("2026-03-02T10:00:00.000Z");
    restore = setClock(clock);
    db = await createTestDatabase("postgres");
    const options = { jobs: { pollMs: 20 } };
    nodes = await Promise.all([startTestServer(db, { options }), startTestServer(db, { options })]);
  });
  afterAll(async () => {
    for (const node of nodes ?? []) await node.close();
    await db?.drop();
    restore?.();
  });

  /** Resolves once the nodes together have settled `count` jobs of this kind (and payload text). */
  function settled(kind: string, count: number, payloadHas = ""): Promise<SettledJob[]> {
    const seen: SettledJob[] = [];
    return new Promise((resolve) => {
      const stops = nodes.map((node) =>
        node.parley.ctx.jobs.onSettled((s) => {
          if (s.job.kind !== kind || !s.job.payload.includes(payloadHas)) return;
          seen.push(s);
          if (seen.length === count) {
            for (const stop of stops) stop();
            resolve(seen);
          }
        }),
      );
    });
  }

  it("many chats routed at once by two nodes keep strict round-robin order, one offer each", async () => {
    const [nodeA, nodeB] = nodes as [TestServer, TestServer];
    const rig = await liveChatRig(nodeA);
    const agents: Awaited<ReturnType<typeof buildUser>>[] = [];
    for (let i = 0; i < 3; i++) {
      agents.push(await buildUser(nodeA, rig.admin, "live_agent", { siteIds: [rig.site.id] }));
      clock.advance(1000);
    }
    const beatAll = () =>
      Promise.all(
        nodes.flatMap((n) => agents.map((a) => n.parley.ctx.presence.beat(a.id, { inboxOpen: true }))),
      );
    await beatAll();
    const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
    const chats = 12;
    // Every chat waits for routing first; then both nodes start at once and claim them in parallel
    // (each runs several jobs at a time): the decisions really do race.
    await Promise.all(nodes.map((n) => n.parley.ctx.jobs.stop()));
    const visitors = await Promise.all(
      Array.from({ length: chats }, (_, i) =>
        visitorAsks({ ...rig, server: i % 2 ? nodeB : nodeA }, dialogueId),
      ),
    );
    await beatAll();
    const routed = settled(ROUTE_JOB, chats);
    await Promise.all(nodes.map((n) => n.parley.ctx.jobs.start()));
    const done = await routed;
    // Both nodes took part.
    expect(new Set(done.map((s) => s.job.locked_by)).size).toBe(2);
    expect(done.every((s) => s.outcome === "done")).toBe(true);

    const offers = await nodeA.parley.ctx.store.db
      .selectFrom("chat_offers")
      .selectAll()
      .where("site_id", "=", rig.site.id)
      .orderBy("offered_at")
      .execute();
    expect(offers).toHaveLength(chats);
    expect(new Set(offers.map((o) => o.chat_id)).size).toBe(chats);
    const order = offers.map((o) => agents.findIndex((a) => a.id === o.agent_id));
    expect(order).toEqual(Array.from({ length: chats }, (_, i) => i % 3));
    expect(visitors).toHaveLength(chats);
  });

  it("an open offer outlives the node that made it: another node times it out and offers the next agent", async () => {
    const [nodeA, nodeB] = nodes as [TestServer, TestServer];
    // Only the extra node works while the offer is made; then it stops and the two others go on.
    const extra = await startTestServer(db, { options: { jobs: { start: false } } });
    await Promise.all([nodeA, nodeB].map((n) => n.parley.ctx.jobs.stop()));
    const rig = await liveChatRig(extra);
    // Presence is each node's memory here (no Redis): the agents beat on every node that routes.
    const a = await liveAgent(rig);
    const b = await liveAgent(rig);
    const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
    const visitor = await visitorAsks(rig, dialogueId);
    await rig.runJobs();
    const chat = await chatOf(rig, visitor.conversationId);
    const [first] = await offersOf(rig, chat.id);
    expect(first?.agent_id).toBe(a.id);
    await extra.close();
    await Promise.all([nodeA, nodeB].map((n) => n.parley.ctx.jobs.start()));

    const timedOut = settled("livechat.offerTimeout", 1, first?.id);
    clock.advance(101_000);
    await Promise.all(
      [nodeA, nodeB].flatMap((n) =>
        [a.id, b.id].map((id) => n.parley.ctx.presence.beat(id, { inboxOpen: true })),
      ),
    );
    for (const n of [nodeA, nodeB]) n.parley.ctx.jobs.poke();
    await timedOut;
    const offers = await nodeB.parley.ctx.store.db
      .selectFrom("chat_offers")
      .select(["agent_id", "status"])
      .where("chat_id", "=", chat.id)
      .orderBy("attempt")
      .execute();
    expect(offers).toEqual([
      { agent_id: a.id, status: "timed_out" },
      { agent_id: b.id, status: "open" },
    ]);
  });
});
