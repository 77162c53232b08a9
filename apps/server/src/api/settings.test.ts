import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser, roleId } from "../testing/factories";

type Err = { error: { code: string; message: string; details?: unknown } };
type Site = {
  id: string;
  siteKey: string;
  name: string;
  branding: Record<string, unknown>;
  allowedDomains: string[];
};

describeEachDatabase("users, roles, teams and sites", (server) => {
  it("creates users, refuses duplicate emails and weak passwords, changes roles", async () => {
    const admin = await server().admin();
    const email = `new-${Date.now()}@example.com`;
    const agentRole = await roleId(admin, "live_agent");
    const weak = await admin.post<Err>("/api/users", {
      email,
      name: "N",
      password: "short",
      roleId: agentRole,
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/password must be at least 10 characters/);
    const created = await admin.post<{ id: string; roleId: string }>("/api/users", {
      email,
      name: "New",
      password: "long-enough-pass",
      roleId: agentRole,
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toMatch(/password|hash/);
    expect(
      (
        await admin.post("/api/users", {
          email,
          name: "Again",
          password: "long-enough-pass",
          roleId: agentRole,
        })
      ).status,
    ).toBe(409);
    const changed = await admin.patch<{ roleId: string }>(`/api/users/${created.body.id}`, {
      roleId: await roleId(admin, "calendar_agent"),
    });
    expect(changed.body.roleId).not.toBe(agentRole);
  });

  it("never leaves the instance without someone who can manage users", async () => {
    const admin = await server().admin();
    const me = await admin.get<{ user: { id: string } }>("/api/auth/me");
    const users = await admin.get<{ id: string; roleId: string; active: boolean }[]>("/api/users");
    const adminRole = await roleId(admin, "admin");
    const admins = users.body.filter((u) => u.roleId === adminRole && u.active);
    expect(admins.map((u) => u.id)).toEqual([me.body.user.id]);
    const res = await admin.patch<Err>(`/api/users/${me.body.user.id}`, {
      roleId: await roleId(admin, "live_agent"),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/nobody able to manage users/);
    expect((await admin.get("/api/users")).status).toBe(200);
    expect((await admin.delete(`/api/users/${me.body.user.id}`)).status).toBe(409);
  });

  it("default roles are read-only; custom roles can be edited and deleted only when unused", async () => {
    const admin = await server().admin();
    const builtIn = await roleId(admin, "live_agent");
    expect((await admin.patch(`/api/roles/${builtIn}`, { permissions: ["users.manage"] })).status).toBe(409);
    expect((await admin.delete(`/api/roles/${builtIn}`)).status).toBe(409);
    const custom = await admin.post<{ id: string }>("/api/roles", {
      name: `Custom ${Date.now()}`,
      permissions: ["reports.view"],
    });
    const user = await buildUser(
      server(),
      admin,
      (await admin.get<{ id: string; name: string }[]>("/api/roles")).body.find(
        (r) => r.id === custom.body.id,
      )?.name ?? "",
    );
    expect((await user.client.get("/api/teams")).status).toBe(403);
    await admin.patch(`/api/roles/${custom.body.id}`, { permissions: ["reports.view", "agents.manage"] });
    expect((await user.client.get("/api/teams")).status).toBe(200);
    expect((await admin.delete(`/api/roles/${custom.body.id}`)).status).toBe(409);
  });

  it("teams keep their members; unknown members are refused", async () => {
    const admin = await server().admin();
    const agent = await buildUser(server(), admin, "live_agent");
    const name = `Sales ${Date.now()}`;
    const team = await admin.post<{ id: string; memberIds: string[] }>("/api/teams", {
      name,
      memberIds: [agent.id],
    });
    expect(team.body.memberIds).toEqual([agent.id]);
    expect((await admin.post("/api/teams", { name })).status).toBe(409);
    const bad = await admin.patch<Err>(`/api/teams/${team.body.id}`, { memberIds: [crypto.randomUUID()] });
    expect(bad.status).toBe(400);
    expect((await admin.get<{ memberIds: string[] }>(`/api/teams/${team.body.id}`)).body.memberIds).toEqual([
      agent.id,
    ]);
    await admin.patch(`/api/teams/${team.body.id}`, { memberIds: [] });
    expect((await admin.get<{ memberIds: string[] }>(`/api/teams/${team.body.id}`)).body.memberIds).toEqual(
      [],
    );
    expect((await admin.delete(`/api/teams/${team.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/teams/${team.body.id}`)).status).toBe(404);
  });

  it("a user limited to some sites can reach a site they create", async () => {
    const admin = await server().admin();
    const first = await admin.post<Site>("/api/sites", { name: "Limited home" });
    const manager = await buildUser(server(), admin, "admin", { siteIds: [first.body.id] });
    const created = await manager.client.post<Site>("/api/sites", { name: "Their new site" });
    expect(created.status).toBe(201);
    expect((await manager.client.get(`/api/sites/${created.body.id}`)).status).toBe(200);
    const visible = await manager.client.get<Site[]>("/api/sites");
    expect(visible.body.map((s) => s.id).sort()).toEqual([first.body.id, created.body.id].sort());
  });

  it("a user manager limited to some sites grants only those, and cannot touch wider accounts", async () => {
    const admin = await server().admin();
    const mine = await admin.post<Site>("/api/sites", { name: "Manager's site" });
    const other = await admin.post<Site>("/api/sites", { name: "Someone else's site" });
    const manager = await buildUser(server(), admin, "admin", { siteIds: [mine.body.id] });
    const role = await roleId(admin, "live_agent");
    const create = (siteIds: string[] | null) =>
      manager.client.post<Err & { id: string; siteIds: string[] }>("/api/users", {
        email: `u-${crypto.randomUUID().slice(0, 8)}@example.com`,
        name: "New",
        password: "a-long-password-1",
        roleId: role,
        siteIds,
      });

    const everySite = await create(null);
    expect(everySite.status).toBe(403);
    const unreachable = await create([other.body.id]);
    expect(unreachable.status).toBe(400);
    expect(unreachable.body.error.details).toEqual([
      { path: "/siteIds", message: "siteIds names a site that does not exist" },
    ]);
    const ok = await create([mine.body.id]);
    expect(ok.status).toBe(201);
    expect(ok.body.siteIds).toEqual([mine.body.id]);

    // Their own access, and accounts wider than theirs, are out of reach.
    expect((await manager.client.patch<Err>(`/api/users/${manager.id}`, { siteIds: null })).status).toBe(403);
    const me = await admin.get<{ user: { id: string } }>("/api/auth/me");
    const top = me.body.user.id;
    expect(
      (await manager.client.patch<Err>(`/api/users/${top}`, { password: "taken-over-123" })).status,
    ).toBe(403);
    expect((await manager.client.delete<Err>(`/api/users/${top}`)).status).toBe(403);
    expect((await admin.get<{ user: { id: string } }>("/api/auth/me")).status).toBe(200);
    // Within their sites they manage as usual.
    expect((await manager.client.patch(`/api/users/${ok.body.id}`, { name: "Renamed" })).status).toBe(200);

    // Even an unrestricted admin cannot name a site that does not exist.
    const ghost = await admin.post<Err>("/api/users", {
      email: `g-${crypto.randomUUID().slice(0, 8)}@example.com`,
      name: "Ghost",
      password: "a-long-password-1",
      roleId: role,
      siteIds: ["no-such-site"],
    });
    expect(ghost.status).toBe(400);
  });

  it("a manager limited to some sites sees only the users who share one of them", async () => {
    const admin = await server().admin();
    const mine = await admin.post<Site>("/api/sites", { name: "Visible site" });
    const other = await admin.post<Site>("/api/sites", { name: "Hidden site" });
    const manager = await buildUser(server(), admin, "admin", { siteIds: [mine.body.id] });
    const colleague = await buildUser(server(), admin, "live_agent", {
      siteIds: [mine.body.id, other.body.id],
    });
    const stranger = await buildUser(server(), admin, "live_agent", { siteIds: [other.body.id] });

    const list = await manager.client.get<{ id: string; siteIds: string[] | null }[]>("/api/users");
    const seen = new Map(list.body.map((u) => [u.id, u.siteIds]));
    expect(seen.has(stranger.id)).toBe(false);
    expect(seen.get(colleague.id)).toEqual([mine.body.id]);
    expect(seen.get(manager.id)).toEqual([mine.body.id]);
    expect((await manager.client.get(`/api/users/${stranger.id}`)).status).toBe(404);
    // Unrestricted admins see everyone, with every site.
    const all = await admin.get<{ id: string; siteIds: string[] | null }[]>("/api/users");
    expect(all.body.find((u) => u.id === colleague.id)?.siteIds).toHaveLength(2);
    expect(all.body.some((u) => u.id === stranger.id)).toBe(true);
  });

  it("sites: a unique site key, branding defaults, partial branding updates", async () => {
    const admin = await server().admin();
    const a = await admin.post<Site>("/api/sites", {
      name: "Shop",
      allowedDomains: ["shop.example.com", "*.example.org"],
    });
    const b = await admin.post<Site>("/api/sites", { name: "Blog" });
    expect(a.status).toBe(201);
    expect(a.body.siteKey).not.toBe(b.body.siteKey);
    expect(a.body.branding).toMatchObject({ position: "bottom-right", launcherColor: "#1f6feb" });
    const patched = await admin.patch<Site>(`/api/sites/${a.body.id}`, {
      branding: { launcherColor: "#ff0000" },
      chatEnabled: false,
    });
    expect(patched.body.branding).toMatchObject({ launcherColor: "#ff0000", position: "bottom-right" });
    const bad = await admin.patch<Err>(`/api/sites/${a.body.id}`, {
      branding: { launcherColor: "red; background:url(x)" },
    });
    expect(bad.status).toBe(400);
    expect((await admin.get<Site>(`/api/sites/${a.body.id}`)).body.branding.launcherColor).toBe("#ff0000");
  });
});
