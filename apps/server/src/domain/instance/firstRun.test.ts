import { describe, expect, it } from "vitest";
import { createTestDatabase, DATABASE_KINDS } from "../../testing/testDatabases";
import { startTestServer } from "../../testing/testServer";

type Me = { user: { email: string; roleName: string }; csrfToken: string };

for (const kind of DATABASE_KINDS) {
  describe(`first run [${kind}]`, () => {
    it("without admin variables: prints a one-time setup link that creates the first admin, then is spent", async () => {
      const db = await createTestDatabase(kind);
      const server = await startTestServer(db, { admin: false });
      try {
        const link = server.parley.firstRun.setupUrl;
        expect(link).toMatch(/\/setup\?token=/);
        const token = new URL(link ?? "").searchParams.get("token") ?? "";
        const client = server.anonymous();
        expect((await client.get("/api/setup")).body).toEqual({ needsSetup: true });

        const redirect = await fetch(`${server.url}/setup?token=${token}`, { redirect: "manual" });
        expect(redirect.status).toBe(302);
        expect(redirect.headers.get("location")).toBe(`/app/setup?token=${token}`);

        const forged = await client.post<{ error: { code: string } }>("/api/setup", {
          token: "guess",
          email: "eve@example.com",
          name: "Eve",
          password: "long-enough-password",
        });
        expect(forged.status).toBe(403);

        const done = await client.post<Me>("/api/setup", {
          token,
          email: "Owner@Example.com",
          name: "Owner",
          password: "long-enough-password",
        });
        expect(done.status).toBe(200);
        expect(done.body.user).toMatchObject({ email: "owner@example.com", roleName: "Admin" });
        client.csrfToken = done.body.csrfToken;
        expect((await client.get("/api/users")).status).toBe(200);

        const again = await server.anonymous().post<{ error: { code: string } }>("/api/setup", {
          token,
          email: "second@example.com",
          name: "Second",
          password: "long-enough-password",
        });
        expect(again.status).toBe(409);
        expect(again.body.error.code).toBe("setup_done");
        expect((await client.get("/api/setup")).body).toEqual({ needsSetup: false });
      } finally {
        await server.close();
        await db.drop();
      }
    });

    it("with PARLEY_ADMIN_EMAIL/PASSWORD: creates that admin and the demo site once, across restarts", async () => {
      const db = await createTestDatabase(kind);
      try {
        const first = await startTestServer(db);
        expect(first.parley.firstRun).toMatchObject({
          setupUrl: null,
          createdAdmin: "admin@example.com",
          createdDemoSite: true,
        });
        const admin = await first.admin();
        const sites =
          await admin.get<{ name: string; allowedDomains: string[]; siteKey: string }[]>("/api/sites");
        expect(sites.body).toHaveLength(1);
        expect(sites.body[0]).toMatchObject({
          name: "Demo site",
          allowedDomains: ["localhost", "127.0.0.1"],
        });
        await first.close();

        const second = await startTestServer(db);
        expect(second.parley.firstRun).toMatchObject({
          setupUrl: null,
          createdAdmin: null,
          createdDemoSite: false,
        });
        const again = await (await second.admin()).get<unknown[]>("/api/sites");
        expect(again.body).toHaveLength(1);
        await second.close();
      } finally {
        await db.drop();
      }
    });
  });
}
