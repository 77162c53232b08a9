import type { RoutingRule } from "@parley/protocol/liveChat";
import { expect, it } from "vitest";
import { readRoutingRules } from "../../domain/routingConfig/readRoutingRules";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Failure = { error: { code: string; message: string; details: { path: string }[] } };
const enterprise = { type: "attribute", attribute: "company.size", operator: "greater_than", value: 500 };

describeEachDatabase("custom routing rules", (server) => {
  it("creates, lists by priority, updates and deletes rules; routing reads the same order", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Rules");
    const ada = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const team = await admin.post<{ id: string }>("/api/teams", {
      name: `Sales ${siteId}`,
      memberIds: [ada.id],
    });
    const base = `/api/sites/${siteId}/routing-rules`;

    const late = await admin.post<RoutingRule>(base, {
      name: "Everyone else",
      priority: 50,
      teamId: team.body.id,
    });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ agentIds: [], teamId: team.body.id, conditions: [] });
    const early = await admin.post<RoutingRule>(base, {
      name: "Enterprise",
      priority: 10,
      agentIds: [ada.id, ada.id],
      conditions: [enterprise],
    });
    expect(early.body).toMatchObject({ agentIds: [ada.id], teamId: null, conditions: [enterprise] });
    const listed = await admin.get<{ items: RoutingRule[] }>(base);
    expect(listed.body.items.map((r) => r.name)).toEqual(["Enterprise", "Everyone else"]);
    const read = await readRoutingRules(server().parley.ctx.store.db, siteId);
    expect(read.map((r) => r.id)).toEqual([early.body.id, late.body.id]);

    // A patch keeps what it leaves out; naming agents drops the team.
    const moved = await admin.patch<RoutingRule>(`${base}/${late.body.id}`, { priority: 5 });
    expect(moved.body).toMatchObject({ priority: 5, teamId: team.body.id, name: "Everyone else" });
    const agents = await admin.patch<RoutingRule>(`${base}/${late.body.id}`, { agentIds: [ada.id] });
    expect(agents.body).toMatchObject({ agentIds: [ada.id], teamId: null });
    expect((await admin.get<{ items: RoutingRule[] }>(base)).body.items[0]?.id).toBe(late.body.id);

    expect((await admin.delete(`${base}/${early.body.id}`)).status).toBe(200);
    expect((await admin.patch(`${base}/${early.body.id}`, { priority: 1 })).status).toBe(404);
    expect((await admin.get<{ items: RoutingRule[] }>(base)).body.items).toHaveLength(1);
  });

  it("refuses a bad condition naming it, and rules without agents or a team, changing nothing", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Bad rules");
    const ada = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    const stranger = await buildUser(server(), admin, "live_agent", { siteIds: [await newSite(admin, "X")] });
    const base = `/api/sites/${siteId}/routing-rules`;
    const bad = await admin.post<Failure>(base, {
      name: "Broken",
      priority: 1,
      agentIds: [ada.id],
      conditions: [enterprise, { type: "attribute", attribute: "salary", operator: "is", value: "x" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^conditions\/1\/attribute is not a valid condition: must be person/,
    );
    expect(bad.body.error.details[0]?.path).toBe("/conditions/1/attribute");
    const segment = await admin.post<Failure>(base, {
      name: "Segment",
      priority: 1,
      agentIds: [ada.id],
      conditions: [{ type: "segment", segmentId: "s1", operator: "is" }],
    });
    expect(segment.status).toBe(400);
    expect(segment.body.error.message).toMatch(/^conditions\/0/);

    expect((await admin.post<Failure>(base, { name: "Nobody", priority: 1 })).body.error.message).toMatch(
      /agentIds/,
    );
    const both = await admin.post<Failure>(base, {
      name: "Both",
      priority: 1,
      agentIds: [ada.id],
      teamId: ada.id,
    });
    expect(both.status).toBe(400);
    const foreign = await admin.post<Failure>(base, { name: "Far", priority: 1, agentIds: [stranger.id] });
    expect(foreign.status).toBe(400);
    expect(
      (await admin.post(base, { name: "Ghost team", priority: 1, teamId: crypto.randomUUID() })).status,
    ).toBe(400);

    const ok = await admin.post<RoutingRule>(base, { name: "Fine", priority: 1, agentIds: [ada.id] });
    const patched = await admin.patch<Failure>(`${base}/${ok.body.id}`, {
      conditions: [{ type: "attribute" }],
    });
    expect(patched.status).toBe(400);
    const items = (await admin.get<{ items: RoutingRule[] }>(base)).body.items;
    expect(items.map((r) => [r.name, r.conditions])).toEqual([["Fine", []]]);
  });
});
