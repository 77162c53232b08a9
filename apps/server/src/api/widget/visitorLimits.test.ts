import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeRateLimitCounters } from "../../domain/rateLimits/purgeRateLimitCounters";
import { frozenClock, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { createTestDatabase, POSTGRES_TEST_URL, type TestDatabase } from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";
import {
  PAGE_ORIGIN,
  publishStream,
  quickSite,
  type TestSite,
  TestVisitor,
} from "../../testing/visitorClient";

// Ten seconds into a minute: the one-minute windows below end 50 s from "now".
const time = frozenClock("2026-03-02T10:00:10.000Z");
setClock(time);
const LIMITS = {
  RATE_LIMIT_NEW_VISITORS: "3/1m",
  RATE_LIMIT_CONVERSATION_STARTS: "2/1m",
  RATE_LIMIT_SOCKET_FRAMES: "5/1m",
};

type Err = { error: { code: string; message: string; requestId: string } };

const newVisitor = async (server: TestServer, site: TestSite, token?: string) => {
  const res = await fetch(`${server.url}/api/widget/visitors`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: PAGE_ORIGIN },
    body: JSON.stringify({ siteKey: site.siteKey, ...(token ? { token } : {}) }),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get("retry-after"),
    body: (await res.json()) as Err & { token: string },
  };
};

/** Each test starts in a window of its own. */
const nextWindow = () => time.advance(60_000);

describeEachDatabase(
  "limits on the public visitor endpoints",
  (server) => {
    it("refuses new visitors past the limit for one address with 429 and Retry-After, in the one format", async () => {
      const site = await quickSite(await server().admin());
      nextWindow();
      const first = await newVisitor(server(), site);
      expect(first.status).toBe(200);
      expect((await newVisitor(server(), site)).status).toBe(200);
      expect((await newVisitor(server(), site)).status).toBe(200);
      const refused = await newVisitor(server(), site);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe("50");
      expect(refused.body.error.code).toBe("rate_limited");
      expect(refused.body.error.message).toMatch(/Too many new visitors/);
      expect(refused.body.error.requestId).toEqual(expect.any(String));
      // A returning browser with its token is not new, and still gets in.
      const back = await newVisitor(server(), site, first.body.token);
      expect(back.status).toBe(200);
      expect(back.body.token).toBe(first.body.token);
      // The next window lets new visitors in again.
      nextWindow();
      expect((await newVisitor(server(), site)).status).toBe(200);
    });

    it("a page load that makes a new visitor (bootstrap) counts against the same limit", async () => {
      const site = await quickSite(await server().admin());
      nextWindow();
      const boot = (token?: string) => {
        const params = new URLSearchParams({
          site: site.siteKey,
          url: `${PAGE_ORIGIN}/`,
          ...(token ? { visitor: token } : {}),
        });
        return fetch(`${server().url}/api/widget/bootstrap?${params}`, { headers: { origin: PAGE_ORIGIN } });
      };
      const first = await newVisitor(server(), site);
      expect((await boot()).status).toBe(200);
      expect((await boot()).status).toBe(200);
      const refused = await boot();
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as Err).error.code).toBe("rate_limited");
      // A returning visitor's page loads are not new visitors.
      expect((await boot(first.body.token)).status).toBe(200);
      expect((await newVisitor(server(), site)).status).toBe(429);
    });

    it("lets exactly the limit of 50 parallel new visitors in (the count is one atomic upsert)", async () => {
      const site = await quickSite(await server().admin());
      nextWindow();
      const answers = await Promise.all(Array.from({ length: 50 }, () => newVisitor(server(), site)));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(3);
      expect(statuses.filter((s) => s === 429)).toHaveLength(47);
    });

    it("purges counters whose window has ended, and keeps the current ones", async () => {
      const site = await quickSite(await server().admin());
      const db = server().parley.ctx.store.db;
      nextWindow();
      await newVisitor(server(), site);
      const windows = async () =>
        (await db.selectFrom("rate_limit_counters").select("window_start").execute()).map(
          (r) => r.window_start,
        );
      expect((await windows()).length).toBeGreaterThan(0);
      nextWindow();
      await newVisitor(server(), site);
      await purgeRateLimitCounters(db);
      const left = await windows();
      expect(left).toHaveLength(1);
      expect(left[0]).toBe(new Date(Math.floor(time.now() / 60_000) * 60_000).toISOString());
    });

    it("refuses a visitor's conversation starts past the limit with an error frame", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
      nextWindow();
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.start(dialogueId);
      visitor.socket.send({
        type: "conversation.start",
        ref: "third",
        clientId: visitor.nextClientId(),
        dialogueId,
        pageUrl: `${PAGE_ORIGIN}/pricing`,
      });
      const refused = await visitor.socket.next(
        (f) => f.type === "error" || f.type === "conversation.started",
      );
      expect(refused).toMatchObject({ type: "error", code: "rate_limited", ref: "third" });
      // Another socket of the same visitor is limited too.
      await visitor.reconnect();
      await expect(visitor.start(dialogueId)).rejects.toThrow(/rate_limited/);
      visitor.socket.close();
    });

    it("answers frames past the per-socket limit with an error frame, and the next window goes on", async () => {
      const site = await quickSite(await server().admin());
      nextWindow();
      const visitor = await TestVisitor.arrive(server(), site);
      for (let i = 0; i < 6; i++) visitor.socket.send({ type: "ping", ref: `p${i}` });
      for (let i = 0; i < 5; i++)
        expect(await visitor.socket.next((f) => f.type === "pong" || f.type === "error")).toMatchObject({
          type: "pong",
          ref: `p${i}`,
        });
      expect(await visitor.socket.next((f) => f.type === "error")).toMatchObject({ code: "rate_limited" });
      nextWindow();
      visitor.socket.send({ type: "ping", ref: "later" });
      expect(await visitor.socket.next((f) => f.type === "pong")).toMatchObject({ ref: "later" });
      visitor.socket.close();
    });
  },
  { env: LIMITS },
);

/** Two nodes sharing one PostgreSQL database count together. */
describe.skipIf(!POSTGRES_TEST_URL)("visitor limits across two nodes [postgres]", () => {
  let db: TestDatabase;
  let nodeA: TestServer;
  let nodeB: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    [nodeA, nodeB] = await Promise.all([
      startTestServer(db, { env: LIMITS }),
      startTestServer(db, { env: LIMITS }),
    ]);
  });
  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await db?.drop();
  });

  it("new visitors from one address are counted over both nodes", async () => {
    const site = await quickSite(await nodeA.admin());
    nextWindow();
    const statuses = [];
    for (const node of [nodeA, nodeB, nodeA, nodeB]) statuses.push((await newVisitor(node, site)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("a visitor's conversation starts are counted over both nodes", async () => {
    const admin = await nodeA.admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
    nextWindow();
    const onA = await TestVisitor.arrive(nodeA, site);
    await onA.start(dialogueId);
    const onB = await TestVisitor.connect(nodeB, site, onA.token);
    const startOnB = (ref: string) => {
      onB.send({
        type: "conversation.start",
        ref,
        clientId: crypto.randomUUID(),
        dialogueId,
        pageUrl: `${PAGE_ORIGIN}/`,
      });
      return onB.next((f) => f.type === "conversation.started" || f.type === "error");
    };
    expect(await startOnB("b1")).toMatchObject({ type: "conversation.started" });
    expect(await startOnB("b2")).toMatchObject({ type: "error", code: "rate_limited", ref: "b2" });
    onA.socket.close();
    onB.close();
  });
});
