import type { AgentAvailability } from "@parley/protocol/meetings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultAvailability, parseAvailability } from "../../domain/availability/defaultAvailability";
import { lockHost } from "../../domain/meetings/lockHost";
import { toJson } from "../../lib/json";
import { buildUser } from "../../testing/factories";
import { createTestDatabase, POSTGRES_TEST_URL, type TestDatabase } from "../../testing/testDatabases";
import { someoneWaitsForALock } from "../../testing/someoneWaitsForALock";
import { startTestServer, type TestServer } from "../../testing/testServer";

// SQLite runs one transaction at a time, so only PostgreSQL can show a save waiting for a claim.
describe.skipIf(!POSTGRES_TEST_URL)("saving availability takes the host's booking lock [postgres]", () => {
  let db: TestDatabase;
  let node: TestServer;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    node = await startTestServer(db);
  });
  afterAll(async () => {
    await node?.close();
    await db?.drop();
  });

  it("a save that arrives while a booking holds the host waits for it, then merges over what it left", async () => {
    const host = await buildUser(node, await node.admin(), "calendar_agent");
    let answer: Promise<{ status: number; body: AgentAvailability }> | null = null;
    await node.parley.ctx.store.db.transaction().execute(async (trx) => {
      // As a claim does: lock the host, and (here) change their settings under the lock.
      await lockHost(trx, "postgres", host.id, defaultAvailability("UTC"));
      await trx
        .updateTable("meeting_availability")
        .set({ settings: toJson({ ...defaultAvailability("Europe/Paris"), meetingMinutes: 90 }) })
        .where("user_id", "=", host.id)
        .execute();
      answer = host.client.request<AgentAvailability>("PUT", "/api/agents/me/meeting-availability", {
        bufferMinutes: 5,
      });
      await someoneWaitsForALock(node);
    });
    const saved = await (answer as unknown as Promise<{ status: number; body: AgentAvailability }>);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ timeZone: "Europe/Paris", meetingMinutes: 90, bufferMinutes: 5 });
    const row = await node.parley.ctx.store.db
      .selectFrom("meeting_availability")
      .select("settings")
      .where("user_id", "=", host.id)
      .executeTakeFirstOrThrow();
    expect(parseAvailability(row.settings)).toMatchObject({ meetingMinutes: 90, bufferMinutes: 5 });
  });
});
