import type { BusEvent } from "@parley/protocol/events";
import type { WebhookPayload } from "@parley/protocol/webhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  createTestDatabase,
  POSTGRES_TEST_URL,
  REDIS_TEST_URL,
  type TestDatabase,
} from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";
import { publishStream, quickSite, type TestSite, TestVisitor } from "../../testing/visitorClient";
import { startWebhookReceiver } from "../../testing/webhookReceiver";
import { WsClient } from "../../testing/wsClient";
import { emitWebhookEvents } from "./emitWebhookEvent";
import { WEBHOOKS_CHANNEL } from "./subscriptionCache";

const time = frozenClock("2026-03-01T10:00:00.000Z");
const receiver = await startWebhookReceiver();
let restoreClock: () => void;
beforeAll(() => {
  restoreClock = setClock(time);
});
afterAll(async () => {
  restoreClock();
  await receiver.close();
});

/** Every answer is one bot step that reaches a goal: one `goal_reached` activity per step. */
const goalLoop = {
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: "Pick one",
      answers: [
        { id: "a", label: "A", value: "a" },
        { id: "b", label: "B", value: "b" },
      ],
      next: "g",
    },
    { id: "g", type: "goal", goal: "Picked", next: "m" },
    { id: "m", type: "message", text: "Noted.", next: "q" },
  ],
};

const subscriptionReads = (statements: string[]) =>
  statements.filter((sql) => /^select .* from "webhook_subscriptions"/i.test(sql)).length;

const deliveriesOf = async (server: TestServer, subscriptionId: string) =>
  (
    await server.parley.ctx.store.db
      .selectFrom("webhook_deliveries")
      .select("payload")
      .where("subscription_id", "=", subscriptionId)
      .execute()
  ).map((d) => JSON.parse(d.payload) as WebhookPayload);

async function subscribe(admin: ApiClient, site: TestSite, eventTypes: string[]): Promise<string> {
  const res = await admin.post<{ subscription: { id: string } }>(`/api/sites/${site.id}/webhooks`, {
    url: receiver.url,
    eventTypes,
  });
  expect(res.status).toBe(201);
  return res.body.subscription.id;
}

const statements: string[] = [];

describeEachDatabase(
  "a node's copy of the site's webhook subscriptions",
  (server) => {
    it("bot steps on a site without subscriptions read them once; each change reaches the next step", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const dialogueId = await publishStream(admin, site.id, goalLoop);
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("question");
      const step = async () => {
        visitor.send({ kind: "answer", value: "a" });
        await visitor.bot("question");
      };

      // The start's `triggered` activity read the (empty) list: three more steps read nothing.
      statements.length = 0;
      for (let i = 0; i < 3; i++) await step();
      expect(statements.some((sql) => /insert into "activities"/i.test(sql))).toBe(true);
      expect(subscriptionReads(statements)).toBe(0);

      const subscriptionId = await subscribe(admin, site, ["activity.goal_reached"]);
      await step();
      const [delivered] = await deliveriesOf(server(), subscriptionId);
      expect(delivered).toMatchObject({
        type: "activity.goal_reached",
        data: { goal: "Picked", conversationId: visitor.conversationId, cardId: "g" },
      });
      receiver.calls.splice(0);
      expect(await server().parley.ctx.jobs.runDue()).toBe(1);
      expect(JSON.parse(receiver.calls[0]!.body)).toMatchObject({ id: delivered!.id });

      // Disabled, enabled again, then left without the event type, then deleted.
      const patch = (body: object) => admin.patch(`/api/sites/${site.id}/webhooks/${subscriptionId}`, body);
      expect((await patch({ active: false })).status).toBe(200);
      await step();
      expect(await deliveriesOf(server(), subscriptionId)).toHaveLength(1);
      expect((await patch({ active: true })).status).toBe(200);
      await step();
      expect(await deliveriesOf(server(), subscriptionId)).toHaveLength(2);
      expect((await patch({ eventTypes: ["activity.email_given"] })).status).toBe(200);
      await step();
      expect(await deliveriesOf(server(), subscriptionId)).toHaveLength(2);
      expect((await patch({ eventTypes: ["activity.goal_reached"] })).status).toBe(200);
      await step();
      expect(await deliveriesOf(server(), subscriptionId)).toHaveLength(3);
      // A second subscription of the site is seen as well.
      const second = await subscribe(admin, site, ["activity.goal_reached"]);
      expect((await admin.delete(`/api/sites/${site.id}/webhooks/${subscriptionId}`)).status).toBe(200);
      statements.length = 0;
      await step();
      await step();
      expect(await deliveriesOf(server(), second)).toHaveLength(2);
      // Read once after the delete, then kept.
      expect(subscriptionReads(statements)).toBe(1);
      visitor.socket.close();
    });

    it("no client may listen on the nodes' channel, not even an admin", async () => {
      const admin = await server().admin();
      const socket = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, {
        cookie: admin.cookie ?? "",
      });
      await socket.next((f) => f.type === "hello");
      socket.send({ type: "subscribe", channel: WEBHOOKS_CHANNEL, ref: "w" });
      // Not a channel a client may name at all (the protocol's Channel); mayJoin would refuse it too.
      expect(await socket.next((f) => f.type === "error")).toMatchObject({
        code: "validation_failed",
        ref: "w",
      });
      socket.send({ type: "ping", ref: "p" });
      expect(await socket.next((f) => f.type === "pong" || f.type === "subscribed")).toMatchObject({
        type: "pong",
      });
      socket.close();
    });
  },
  {
    env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
    options: { onQuery: (sql) => statements.push(sql), jobs: { start: false } },
  },
);

/** Two nodes sharing one PostgreSQL database and one Redis: a change on A reaches B's copy over the bus. */
describe.skipIf(!POSTGRES_TEST_URL || !REDIS_TEST_URL)(
  "webhook subscriptions on two nodes [postgres + redis]",
  () => {
    let db: TestDatabase;
    let nodeA: TestServer;
    let nodeB: TestServer;
    const readsOnB: string[] = [];

    beforeAll(async () => {
      db = await createTestDatabase("postgres");
      const env = { REDIS_URL: REDIS_TEST_URL as string, PARLEY_OUTBOUND_ALLOW: "127.0.0.1" };
      nodeA = await startTestServer(db, { env, options: { jobs: { start: false } } });
      nodeB = await startTestServer(db, {
        env,
        options: { jobs: { start: false }, onQuery: (sql) => readsOnB.push(sql) },
      });
    });
    afterAll(async () => {
      await nodeA?.close();
      await nodeB?.close();
      await db?.drop();
    });

    it("a subscription created, disabled and deleted on node A is what node B's next event sees", async () => {
      const admin = await nodeA.admin();
      const site = await quickSite(admin);
      /** An activity event written on node B, as its EventLog.flush does: in a transaction. */
      const emitOnB = () =>
        nodeB.parley.ctx.store.db.transaction().execute((trx) =>
          emitWebhookEvents(trx, [
            {
              siteId: site.id,
              type: "activity.goal_reached",
              at: new Date(time.now()).toISOString(),
              data: { goal: "Picked" },
            },
          ]),
        );
      // B learns of each change from the bus: the test waits for the same announcement B's copy heard.
      const heard: BusEvent[] = [];
      const waiting: (() => void)[] = [];
      await nodeB.parley.ctx.bus.subscribe(WEBHOOKS_CHANNEL, (event) => {
        heard.push(event);
        for (const resolve of waiting.splice(0)) resolve();
      });
      const announcedOnB = async (count: number) => {
        while (heard.length < count) await new Promise<void>((resolve) => waiting.push(resolve));
        expect(heard.at(-1)).toMatchObject({ name: "webhooks.changed", data: { siteId: site.id } });
      };

      await emitOnB();
      readsOnB.length = 0;
      await emitOnB();
      expect(subscriptionReads(readsOnB)).toBe(0);

      const subscriptionId = await subscribe(admin, site, ["activity.goal_reached"]);
      await announcedOnB(1);
      await emitOnB();
      expect(await deliveriesOf(nodeB, subscriptionId)).toHaveLength(1);
      receiver.calls.splice(0);
      expect(await nodeB.parley.ctx.jobs.runDue()).toBe(1);
      expect(JSON.parse(receiver.calls[0]!.body)).toMatchObject({
        type: "activity.goal_reached",
        siteId: site.id,
        data: { goal: "Picked" },
      });

      await admin.patch(`/api/sites/${site.id}/webhooks/${subscriptionId}`, { active: false });
      await announcedOnB(2);
      await emitOnB();
      expect(await deliveriesOf(nodeB, subscriptionId)).toHaveLength(1);

      await admin.patch(`/api/sites/${site.id}/webhooks/${subscriptionId}`, { active: true });
      await announcedOnB(3);
      await emitOnB();
      expect(await deliveriesOf(nodeB, subscriptionId)).toHaveLength(2);

      expect((await admin.delete(`/api/sites/${site.id}/webhooks/${subscriptionId}`)).status).toBe(200);
      await announcedOnB(4);
      readsOnB.length = 0;
      await emitOnB();
      await emitOnB();
      expect(subscriptionReads(readsOnB)).toBe(1);
      expect(
        await nodeB.parley.ctx.store.db
          .selectFrom("webhook_deliveries")
          .select("id")
          .where("site_id", "=", site.id)
          .execute(),
      ).toHaveLength(0);
    });
  },
);
