import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSite } from "../testing/factories";
import {
  createTestDatabase,
  POSTGRES_TEST_URL,
  REDIS_TEST_URL,
  type TestDatabase,
} from "../testing/testDatabases";
import { startTestServer, type TestServer } from "../testing/testServer";
import { WsClient } from "../testing/wsClient";

/** Two Parley nodes sharing one PostgreSQL database and one Redis: what a load balancer would spread clients over. */
describe.skipIf(!POSTGRES_TEST_URL || !REDIS_TEST_URL)("two server nodes [postgres + redis]", () => {
  let db: TestDatabase;
  let nodeA: TestServer;
  let nodeB: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    const env = { REDIS_URL: REDIS_TEST_URL as string };
    // Start both at once, as a deployment would: migrations and first-run must not collide.
    [nodeA, nodeB] = await Promise.all([startTestServer(db, { env }), startTestServer(db, { env })]);
  });
  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await db?.drop();
  });

  it("both nodes report PostgreSQL and Redis, and share one set of data", async () => {
    for (const node of [nodeA, nodeB]) {
      expect((await node.anonymous().get("/healthz")).body).toMatchObject({
        database: "postgres",
        redis: true,
      });
    }
    const sitesA = await (await nodeA.admin()).get<{ id: string }[]>("/api/sites");
    const sitesB = await (await nodeB.admin()).get<{ id: string }[]>("/api/sites");
    expect(sitesA.body).toHaveLength(1);
    expect(sitesB.body).toEqual(sitesA.body);
  });

  it("a change made through node A reaches an agent connected to node B", async () => {
    const adminOnA = await nodeA.admin();
    const adminOnB = await nodeB.admin();
    const site = await demoSite(adminOnA);
    const socket = await WsClient.connect(`${nodeB.url.replace("http", "ws")}/ws`, {
      cookie: adminOnB.cookie ?? "",
    });
    await socket.next((f) => f.type === "hello");
    socket.send({ type: "subscribe", channel: `site:${site.id}` });
    await socket.next((f) => f.type === "subscribed");

    await adminOnA.patch(`/api/sites/${site.id}`, { name: "Renamed on A" });
    const event = await socket.next((f) => f.type === "event");
    expect(event).toMatchObject({ name: "site.updated", data: { name: "Renamed on A" } });
    socket.close();
  });

  it("a session made on node A works on node B (nothing lives in one node's memory)", async () => {
    const client = await nodeA.admin();
    const onB = nodeB.anonymous();
    onB.cookie = client.cookie;
    expect((await onB.get<{ user: { email: string } }>("/api/auth/me")).body.user.email).toBe(
      "admin@example.com",
    );
  });
});
