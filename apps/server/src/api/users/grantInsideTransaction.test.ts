import { DEFAULT_ROLES } from "@parley/protocol/defaultRoles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomToken } from "../../lib/ids";
import { buildUser, roleId } from "../../testing/factories";
import { createTestDatabase, POSTGRES_TEST_URL, type TestDatabase } from "../../testing/testDatabases";
import { someoneWaitsForALock } from "../../testing/someoneWaitsForALock";
import { startTestServer, type TestServer } from "../../testing/testServer";

const LIVE_AGENT = DEFAULT_ROLES.find((r) => r.key === "live_agent")?.permissions ?? [];

// SQLite runs one transaction at a time, so only PostgreSQL can interleave the two writes.
describe.skipIf(!POSTGRES_TEST_URL)("a user manager's rights are checked inside the write [postgres]", () => {
  let db: TestDatabase;
  let node: TestServer;
  const server = () => node;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    node = await startTestServer(db);
  });
  afterAll(async () => {
    await node?.close();
    await db?.drop();
  });

  it("a deactivation that raced a promotion to Admin is refused, not applied", async () => {
    const admin = await server().admin();
    const name = `User manager ${randomToken(4)}`;
    await admin.post("/api/roles", { name, permissions: ["users.manage", ...LIVE_AGENT] });
    const manager = await buildUser(server(), admin, name);
    const target = await buildUser(server(), admin, "live_agent");
    const adminRole = await roleId(admin, "admin");

    // An admin's promotion of the target is being written (its row locked) when the manager's
    // deactivation arrives; the deactivation must judge the target as the promotion leaves them.
    let answer: Promise<{ status: number }> | null = null;
    await server()
      .parley.ctx.store.db.transaction()
      .execute(async (trx) => {
        await trx.updateTable("users").set({ role_id: adminRole }).where("id", "=", target.id).execute();
        answer = manager.client.delete(`/api/users/${target.id}`);
        await someoneWaitsForALock(server());
      });
    expect((await (answer as unknown as Promise<{ status: number }>)).status).toBe(403);
    const after = await admin.get<{ active: boolean; roleId: string }>(`/api/users/${target.id}`);
    expect(after.body).toMatchObject({ active: true, roleId: adminRole });
  });
});
