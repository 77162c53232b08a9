import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite, bearerClient } from "../../testing/factories";

type Err = { error: { code: string; message: string; details?: unknown } };
type ApiKey = { id: string; name: string; siteIds: string[] | null; revokedAt: string | null };
type Created = { apiKey: ApiKey; secret: string };

describeEachDatabase("API keys and site access", (server) => {
  it("a key made by a user limited to one site reaches only that site", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const marketer = await buildUser(server(), admin, "marketing_admin", { siteIds: [siteA] });

    const created = await marketer.client.post<Created>("/api/api-keys", {
      name: "CRM sync",
      scopes: ["people.view", "people.manage"],
    });
    expect(created.status).toBe(201);
    expect(created.body.apiKey.siteIds).toEqual([siteA]);

    const key = bearerClient(server(), created.body.secret);
    expect((await key.get(`/api/sites/${siteA}/people`)).status).toBe(200);
    expect((await key.post(`/api/sites/${siteA}/people`, { email: "ada@example.com" })).status).toBe(201);
    const other = await key.get<Err>(`/api/sites/${siteB}/people`);
    expect(other.status).toBe(404);
    expect(other.body.error.message).toBe("Site not found");
    expect((await key.post(`/api/sites/${siteB}/people`, { email: "bob@example.com" })).status).toBe(404);
    expect((await key.get(`/api/sites/${siteB}`)).status).toBe(404);
    const sites = await key.get<{ id: string }[]>("/api/sites");
    expect(sites.body.map((s) => s.id)).toEqual([siteA]);
  });

  it("a key with integrations.manage cannot make more keys", async () => {
    const admin = await server().admin();
    const created = await admin.post<Created>("/api/api-keys", {
      name: "Provisioning",
      scopes: ["integrations.manage"],
    });
    const key = bearerClient(server(), created.body.secret);
    expect((await key.get<ApiKey[]>("/api/api-keys")).status).toBe(200);
    const more = await key.post<Err>("/api/api-keys", { name: "Child", scopes: ["integrations.manage"] });
    expect(more.status).toBe(403);
    expect(more.body.error.message).toContain("sign in as a user");
  });

  it("a key's sites can be narrowed, only within its creator's reach", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const marketer = await buildUser(server(), admin, "marketing_admin", { siteIds: [siteA] });
    const create = (client: ApiClient, siteIds: string[] | null) =>
      client.post<Err & Created>("/api/api-keys", { name: "Narrow", scopes: ["people.view"], siteIds });

    expect((await create(marketer.client, null)).status).toBe(403);
    const beyond = await create(marketer.client, [siteA, siteB]);
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.details).toEqual([
      { path: "/siteIds", message: "siteIds names a site that does not exist" },
    ]);
    expect((await create(admin, ["no-such-site"])).status).toBe(400);

    // An unrestricted admin may still give every site, or only some.
    const everySite = await create(admin, null);
    expect(everySite.status).toBe(201);
    expect(everySite.body.apiKey.siteIds).toBeNull();
    expect(
      (await bearerClient(server(), everySite.body.secret).get(`/api/sites/${siteB}/people`)).status,
    ).toBe(200);
    const onlyB = await create(admin, [siteB]);
    expect(onlyB.body.apiKey.siteIds).toEqual([siteB]);
    const keyB = bearerClient(server(), onlyB.body.secret);
    expect((await keyB.get(`/api/sites/${siteB}/people`)).status).toBe(200);
    expect((await keyB.get(`/api/sites/${siteA}/people`)).status).toBe(404);
  });

  it("a manager limited to some sites lists and revokes only keys within their sites", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const marketer = await buildUser(server(), admin, "marketing_admin", { siteIds: [siteA] });
    const theirs = await marketer.client.post<Created>("/api/api-keys", {
      name: "Theirs",
      scopes: ["people.view"],
    });
    const wide = await admin.post<Created>("/api/api-keys", { name: "Wide", scopes: ["people.view"] });
    const elsewhere = await admin.post<Created>("/api/api-keys", {
      name: "Elsewhere",
      scopes: ["people.view"],
      siteIds: [siteB],
    });
    const partly = await admin.post<Created>("/api/api-keys", {
      name: "Partly",
      scopes: ["people.view"],
      siteIds: [siteA, siteB],
    });
    const withinA = await admin.post<Created>("/api/api-keys", {
      name: "Within A",
      scopes: ["people.view"],
      siteIds: [siteA],
    });

    const listed = await marketer.client.get<ApiKey[]>("/api/api-keys");
    expect(listed.status).toBe(200);
    expect(listed.body.map((k) => k.id).sort()).toEqual(
      [theirs.body.apiKey.id, withinA.body.apiKey.id].sort(),
    );
    const all = (await admin.get<ApiKey[]>("/api/api-keys")).body.map((k) => k.id);
    for (const k of [theirs, wide, elsewhere, partly, withinA]) expect(all).toContain(k.body.apiKey.id);

    // Keys reaching further than the manager answer as missing, and keep working.
    for (const k of [wide, elsewhere, partly]) {
      const res = await marketer.client.delete<Err>(`/api/api-keys/${k.body.apiKey.id}`);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("API key not found");
    }
    expect((await marketer.client.delete(`/api/api-keys/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await bearerClient(server(), wide.body.secret).get(`/api/sites/${siteB}/people`)).status).toBe(
      200,
    );
    const adminList = await admin.get<ApiKey[]>("/api/api-keys");
    expect(adminList.body.find((k) => k.id === wide.body.apiKey.id)?.revokedAt).toBeNull();

    const revoked = await marketer.client.delete<ApiKey>(`/api/api-keys/${theirs.body.apiKey.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await bearerClient(server(), theirs.body.secret).get(`/api/sites/${siteA}/people`)).status).toBe(
      401,
    );
    // An unrestricted admin revokes any key.
    expect((await admin.delete(`/api/api-keys/${partly.body.apiKey.id}`)).status).toBe(200);
  });

  it("a limited key that creates a site can reach it, and nothing more", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const limitedAdmin = await buildUser(server(), admin, "admin", { siteIds: [siteA] });
    const created = await limitedAdmin.client.post<Created>("/api/api-keys", {
      name: "Provisioning",
      scopes: ["sites.manage", "people.view"],
    });
    expect(created.body.apiKey.siteIds).toEqual([siteA]);
    const key = bearerClient(server(), created.body.secret);
    const site = await key.post<{ id: string }>("/api/sites", { name: "Made by a key" });
    expect(site.status).toBe(201);
    expect((await key.get(`/api/sites/${site.body.id}/people`)).status).toBe(200);
    const sites = await key.get<{ id: string }[]>("/api/sites");
    expect(sites.body.map((s) => s.id).sort()).toEqual([siteA, site.body.id].sort());
    expect((await key.get(`/api/sites/${siteB}/people`)).status).toBe(404);
    expect((await key.patch(`/api/sites/${siteB}`, { name: "Taken" })).status).toBe(404);
  });
});
