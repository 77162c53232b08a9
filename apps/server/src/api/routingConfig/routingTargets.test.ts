import type { RoutingTargets } from "@parley/protocol/routingTargets";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

describeEachDatabase("routing targets for the designer", (server) => {
  it("a marketer reads the site's agents, hosts, teams and rules by name, and no other site's", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Targets");
    const other = await newSite(admin, "Elsewhere");
    const ada = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const cal = await buildUser(server(), admin, "calendar_agent", { siteIds: [siteId] });
    const away = await buildUser(server(), admin, "live_agent", { siteIds: [other] });
    const team = await admin.post<{ id: string }>("/api/teams", {
      name: `Sales ${siteId}`,
      memberIds: [ada.id],
    });
    await admin.post(`/api/sites/${siteId}/routing-rules`, {
      name: "Enterprise",
      priority: 1,
      agentIds: [ada.id],
    });
    const marketer = await buildUser(server(), admin, "marketing_user", { siteIds: [siteId] });

    const res = await marketer.client.get<RoutingTargets>(`/api/sites/${siteId}/routing-targets`);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.agents.map((a) => [a.id, a]));
    expect(byId.get(ada.id)).toMatchObject({ liveChat: true, meetings: false, teamIds: [team.body.id] });
    expect(byId.get(cal.id)).toMatchObject({ liveChat: false, meetings: true });
    expect(byId.has(away.id)).toBe(false);
    expect(res.body.teams.map((t) => t.id)).toContain(team.body.id);
    expect(res.body.rules.map((r) => r.name)).toEqual(["Enterprise"]);
    // The agents' own screen stays closed to marketers.
    expect((await marketer.client.get(`/api/sites/${siteId}/agents`)).status).toBe(403);
    expect((await marketer.client.get(`/api/sites/${other}/routing-targets`)).status).toBe(404);
  });
});
