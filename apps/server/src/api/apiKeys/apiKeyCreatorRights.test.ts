import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, roleId, newSite, bearerClient } from "../../testing/factories";

type Created = { apiKey: { id: string }; secret: string };

describeEachDatabase("an API key acts with its creator's current rights", (server) => {
  it("loses a scope when its creator's role loses that permission", async () => {
    const admin = await server().admin();
    const site = await newSite(admin, "Site");
    const maker = await buildUser(server(), admin, "marketing_admin");
    const created = await maker.client.post<Created>("/api/api-keys", {
      name: "Sync",
      scopes: ["people.view", "people.manage"],
    });
    const key = bearerClient(server(), created.body.secret);
    expect((await key.post(`/api/sites/${site}/people`, { email: "a@example.com" })).status).toBe(201);

    // The creator now holds a role without people.manage.
    const changed = await admin.patch(`/api/users/${maker.id}`, {
      roleId: await roleId(admin, "live_agent"),
    });
    expect(changed.status).toBe(200);
    const live = await admin.get<{ id: string; permissions: string[] }[]>("/api/roles");
    const agentPermissions = live.body.find((r) => r.id === (changed.body as { roleId: string }).roleId);
    expect(agentPermissions?.permissions).not.toContain("people.manage");

    const refused = await key.post<{ error: { code: string } }>(`/api/sites/${site}/people`, {
      email: "b@example.com",
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden");
  });

  it("loses a site when its creator loses access to it", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const maker = await buildUser(server(), admin, "marketing_admin", { siteIds: [siteA, siteB] });
    const created = await maker.client.post<Created>("/api/api-keys", {
      name: "Sync",
      scopes: ["people.view"],
    });
    const key = bearerClient(server(), created.body.secret);
    expect((await key.get(`/api/sites/${siteB}/people`)).status).toBe(200);

    expect((await admin.patch(`/api/users/${maker.id}`, { siteIds: [siteA] })).status).toBe(200);
    expect((await key.get(`/api/sites/${siteB}/people`)).status).toBe(404);
    expect((await key.get(`/api/sites/${siteA}/people`)).status).toBe(200);
    const sites = await key.get<{ id: string }[]>("/api/sites");
    expect(sites.body.map((s) => s.id)).toEqual([siteA]);
  });

  it("stops working when its creator is deactivated", async () => {
    const admin = await server().admin();
    const site = await newSite(admin, "Site");
    const maker = await buildUser(server(), admin, "marketing_admin");
    const created = await maker.client.post<Created>("/api/api-keys", {
      name: "Sync",
      scopes: ["people.view"],
    });
    const key = bearerClient(server(), created.body.secret);
    expect((await key.get(`/api/sites/${site}/people`)).status).toBe(200);

    expect((await admin.delete(`/api/users/${maker.id}`)).status).toBe(200);
    const refused = await key.get<{ error: { code: string } }>(`/api/sites/${site}/people`);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("unauthenticated");
  });
});
