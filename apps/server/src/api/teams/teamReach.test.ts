import { expect, it } from "vitest";
import { randomToken } from "../../lib/ids";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";

type Err = { error: { code: string; message: string } };
type Team = { id: string; memberIds: string[] };

const newSite = async (admin: ApiClient, name: string) =>
  (await admin.post<{ id: string }>("/api/sites", { name: `${name} ${randomToken(3)}` })).body.id;

describeEachDatabase("teams and company owners take only users one can reach", (server) => {
  it("a manager limited to one site cannot put a user of another site into a team", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const manager = await buildUser(server(), admin, "admin", { siteIds: [siteA] });
    const colleague = await buildUser(server(), admin, "live_agent", { siteIds: [siteA] });
    const stranger = await buildUser(server(), admin, "live_agent", { siteIds: [siteB] });

    const refused = await manager.client.post<Err>("/api/teams", {
      name: `Team ${randomToken(3)}`,
      memberIds: [colleague.id, stranger.id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("Some members are not users");

    const team = await manager.client.post<Team>("/api/teams", {
      name: `Team ${randomToken(3)}`,
      memberIds: [colleague.id],
    });
    expect(team.status).toBe(201);
    const patched = await manager.client.patch<Err>(`/api/teams/${team.body.id}`, {
      memberIds: [colleague.id, stranger.id],
    });
    expect(patched.status).toBe(400);
    expect((await admin.get<Team>(`/api/teams/${team.body.id}`)).body.memberIds).toEqual([colleague.id]);
  });

  it("a stranger an admin put in the team stays when a limited manager edits the members they see", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const manager = await buildUser(server(), admin, "admin", { siteIds: [siteA] });
    const colleague = await buildUser(server(), admin, "live_agent", { siteIds: [siteA] });
    const stranger = await buildUser(server(), admin, "live_agent", { siteIds: [siteB] });
    const team = await admin.post<Team>("/api/teams", {
      name: `Team ${randomToken(3)}`,
      memberIds: [stranger.id],
    });
    expect(team.status).toBe(201);
    const edited = await manager.client.patch<Team>(`/api/teams/${team.body.id}`, {
      memberIds: [colleague.id],
    });
    expect(edited.status).toBe(200);
    const members = (await admin.get<Team>(`/api/teams/${team.body.id}`)).body.memberIds;
    expect(members.sort()).toEqual([colleague.id, stranger.id].sort());
  });

  it("a company owner must be a user with access to the company's site", async () => {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const manager = await buildUser(server(), admin, "admin", { siteIds: [siteA] });
    const colleague = await buildUser(server(), admin, "live_agent", { siteIds: [siteA] });
    const stranger = await buildUser(server(), admin, "live_agent", { siteIds: [siteB] });
    const companies = `/api/sites/${siteA}/companies`;

    const refused = await manager.client.post<Err>(companies, { name: "Acme", ownerId: stranger.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("The account owner is not a user of this site");
    expect((await admin.get<unknown[]>(companies)).body).toHaveLength(0);

    const created = await manager.client.post<{ id: string; ownerId: string }>(companies, {
      name: "Acme",
      ownerId: colleague.id,
    });
    expect(created.status).toBe(201);
    const moved = await manager.client.patch<Err>(`${companies}/${created.body.id}`, {
      ownerId: stranger.id,
    });
    expect(moved.status).toBe(400);
    const after = await admin.get<{ ownerId: string }>(`${companies}/${created.body.id}`);
    expect(after.body.ownerId).toBe(colleague.id);
  });
});
