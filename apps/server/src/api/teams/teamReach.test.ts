import { expect, it } from "vitest";
import { randomToken } from "../../lib/ids";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Err = { error: { code: string; message: string } };
type Team = { id: string; memberIds: string[] };

describeEachDatabase("teams and company owners take only users one can reach", (server) => {
  /** Sites A and B; a manager and a colleague limited to A, a stranger limited to B. */
  async function twoSites() {
    const admin = await server().admin();
    const siteA = await newSite(admin, "Site A");
    const siteB = await newSite(admin, "Site B");
    const user = (role: string, siteId: string) => buildUser(server(), admin, role, { siteIds: [siteId] });
    return {
      admin,
      siteA,
      manager: await user("admin", siteA),
      colleague: await user("live_agent", siteA),
      stranger: await user("live_agent", siteB),
    };
  }

  it("a manager limited to one site cannot put a user of another site into a team", async () => {
    const { admin, manager, colleague, stranger } = await twoSites();

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
    const { admin, manager, colleague, stranger } = await twoSites();
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
    const { admin, siteA, manager, colleague, stranger } = await twoSites();
    const companies = `/api/sites/${siteA}/companies`;

    const refused = await manager.client.post<Err>(companies, { name: "Acme", ownerId: stranger.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("The account owner is not a user of this site");
    expect((await admin.get<{ items: unknown[] }>(companies)).body.items).toHaveLength(0);

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
