import { DEFAULT_ROLES } from "@parley/protocol/defaultRoles";
import { expect, it } from "vitest";
import { randomToken } from "../../lib/ids";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, PASSWORD, roleId } from "../../testing/factories";

type Err = { error: { code: string; message: string } };

const LIVE_AGENT = DEFAULT_ROLES.find((r) => r.key === "live_agent")?.permissions ?? [];
// Managing users, plus exactly the Live agent's permissions, so giving the Live agent role is within reach.
const USER_MANAGER = ["users.manage", ...LIVE_AGENT];

const newUser = (client: ApiClient, role: string) =>
  client.post<Err & { id: string; roleId: string }>("/api/users", {
    email: `u-${randomToken(5).toLowerCase()}@example.com`,
    name: "New",
    password: PASSWORD,
    roleId: role,
  });

describeEachDatabase("roles and users are granted only within one's own permissions", (server) => {
  async function userManager() {
    const admin = await server().admin();
    const name = `User manager ${randomToken(4)}`;
    const role = await admin.post<{ id: string }>("/api/roles", { name, permissions: USER_MANAGER });
    expect(role.status).toBe(201);
    return { admin, roleId: role.body.id, manager: await buildUser(server(), admin, name) };
  }

  it("a user manager cannot build or widen a role beyond their own permissions", async () => {
    const { admin, roleId: ownRole, manager } = await userManager();
    const wider = await manager.client.post<Err>("/api/roles", {
      name: `Wider ${randomToken(4)}`,
      permissions: ["users.manage", "sites.manage"],
    });
    expect(wider.status).toBe(403);
    expect(wider.body.error.message).toBe("You cannot give a role permissions you do not hold: sites.manage");

    // Within their own permissions they shape roles as usual.
    const narrow = await manager.client.post<{ id: string }>("/api/roles", {
      name: `Narrow ${randomToken(4)}`,
      permissions: ["people.view"],
    });
    expect(narrow.status).toBe(201);
    expect(
      (await manager.client.patch(`/api/roles/${narrow.body.id}`, { permissions: LIVE_AGENT })).status,
    ).toBe(200);
    const widened = await manager.client.patch<Err>(`/api/roles/${narrow.body.id}`, {
      permissions: ["people.view", "reports.view", "reports.export", "fields.manage", "sites.manage"],
    });
    expect(widened.status).toBe(403);
    expect(widened.body.error.message).toMatch(/reports\.view, reports\.export, fields\.manage and 1 more$/);

    // Nor their own role.
    const self = await manager.client.patch<Err>(`/api/roles/${ownRole}`, {
      permissions: [...USER_MANAGER, "integrations.manage"],
    });
    expect(self.status).toBe(403);
    // A custom role holding more than they do is out of their reach altogether.
    const bigger = await admin.post<{ id: string }>("/api/roles", {
      name: `Bigger ${randomToken(4)}`,
      permissions: ["users.manage", "reports.view"],
    });
    const rename = await manager.client.patch<Err>(`/api/roles/${bigger.body.id}`, { name: "Mine now" });
    expect(rename.status).toBe(403);
    expect(rename.body.error.message).toMatch(
      /^You can only change roles whose permissions you all hold; ".*" also has reports\.view$/,
    );
    expect(
      (await manager.client.patch(`/api/roles/${bigger.body.id}`, { permissions: ["users.manage"] })).status,
    ).toBe(403);
    expect((await manager.client.delete(`/api/roles/${bigger.body.id}`)).status).toBe(403);
    const roles = await admin.get<{ id: string; name: string; permissions: string[] }[]>("/api/roles");
    expect(roles.body.find((r) => r.id === ownRole)?.permissions.sort()).toEqual([...USER_MANAGER].sort());
    expect(roles.body.find((r) => r.id === bigger.body.id)?.permissions.sort()).toEqual([
      "reports.view",
      "users.manage",
    ]);
  });

  it("a user manager cannot give the Admin role, to anyone or to themselves", async () => {
    const { admin, manager } = await userManager();
    const adminRole = await roleId(admin, "admin");
    const created = await newUser(manager.client, adminRole);
    expect(created.status).toBe(403);
    expect(created.body.error.message).toMatch(
      /^You can only give roles whose permissions you all hold; "Admin" also has dialogues\.view, .* and \d+ more$/,
    );
    const self = await manager.client.patch<Err>(`/api/users/${manager.id}`, { roleId: adminRole });
    expect(self.status).toBe(403);
    const calendar = await newUser(manager.client, await roleId(admin, "calendar_agent"));
    expect(calendar.status).toBe(403);
    expect(calendar.body.error.message).toBe(
      'You can only give roles whose permissions you all hold; "Calendar agent" also has meetings.host',
    );
    const me = await manager.client.get<{ user: { roleId: string }; permissions: string[] }>("/api/auth/me");
    expect(me.body.user.roleId).not.toBe(adminRole);
    expect(me.body.permissions.sort()).toEqual([...USER_MANAGER].sort());
  });

  it("a user manager gives roles within their permissions, but cannot change an admin", async () => {
    const { admin, manager } = await userManager();
    const liveAgent = await roleId(admin, "live_agent");
    const adminRole = await roleId(admin, "admin");
    const agent = await newUser(manager.client, liveAgent);
    expect(agent.status).toBe(201);
    expect(agent.body.roleId).toBe(liveAgent);
    expect((await manager.client.patch(`/api/users/${agent.body.id}`, { name: "Renamed" })).status).toBe(200);
    const promoted = await manager.client.patch<Err>(`/api/users/${agent.body.id}`, { roleId: adminRole });
    expect(promoted.status).toBe(403);

    const top = (await admin.get<{ user: { id: string } }>("/api/auth/me")).body.user.id;
    const demoted = await manager.client.patch<Err>(`/api/users/${top}`, { roleId: liveAgent });
    expect(demoted.status).toBe(403);
    expect(demoted.body.error.message).toMatch(
      /^You can only manage users whose role's permissions you all hold; their role "Admin" also has /,
    );
    // Nor take the account over or switch it off some other way.
    expect((await manager.client.patch(`/api/users/${top}`, { password: "taken-over-123" })).status).toBe(
      403,
    );
    expect((await manager.client.delete(`/api/users/${top}`)).status).toBe(403);
    const users = await admin.get<{ id: string; roleId: string; active: boolean }[]>("/api/users");
    expect(users.body.find((u) => u.id === top)).toMatchObject({ roleId: adminRole, active: true });
    expect(users.body.find((u) => u.id === agent.body.id)?.roleId).toBe(liveAgent);
  });

  it("an API key grants roles only within its scopes", async () => {
    const admin = await server().admin();
    const key = async (scopes: string[]) => {
      const created = await admin.post<{ secret: string }>("/api/api-keys", { name: "Provisioning", scopes });
      expect(created.status).toBe(201);
      const client = server().anonymous();
      client.bearer = created.body.secret;
      return client;
    };
    const narrow = await key(["users.manage"]);
    expect((await newUser(narrow, await roleId(admin, "live_agent"))).status).toBe(403);
    const wider = await narrow.post<Err>("/api/roles", {
      name: `Key ${randomToken(4)}`,
      permissions: LIVE_AGENT,
    });
    expect(wider.status).toBe(403);
    const provisioning = await key(USER_MANAGER);
    expect((await newUser(provisioning, await roleId(admin, "live_agent"))).status).toBe(201);
    expect((await newUser(provisioning, await roleId(admin, "admin"))).status).toBe(403);
  });

  it("a user limited to some sites cannot create, change or delete roles, which every site shares", async () => {
    const admin = await server().admin();
    const site = await admin.post<{ id: string }>("/api/sites", { name: `Limited ${randomToken(3)}` });
    const limited = await buildUser(server(), admin, "admin", { siteIds: [site.body.id] });
    const custom = await admin.post<{ id: string }>("/api/roles", {
      name: `Shared ${randomToken(4)}`,
      permissions: ["reports.view"],
    });
    const refusals = [
      await limited.client.post<Err>("/api/roles", { name: `Theirs ${randomToken(4)}`, permissions: [] }),
      await limited.client.patch<Err>(`/api/roles/${custom.body.id}`, { name: "Renamed" }),
      await limited.client.delete<Err>(`/api/roles/${custom.body.id}`),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expect(res.body.error.message).toBe(
        "Roles are shared by every site, so only those who reach every site can change them",
      );
    }
    // They still read roles, to give them to users of their sites.
    expect((await limited.client.get("/api/roles")).status).toBe(200);
    expect(
      (await admin.patch(`/api/roles/${custom.body.id}`, { name: `Shared ${randomToken(4)}` })).status,
    ).toBe(200);
  });
});
