import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Dialogue = { id: string; name: string; kind: string; priority: number; updatedAt: string };
type Err = { error: { code: string; message: string } };

/** A fresh site with `names` as dialogues (each test its own, so no other dialogue is in the order). */
async function siteWith(admin: ApiClient, names: string[]) {
  const siteId = await newSite(admin, "Order");
  const base = `/api/sites/${siteId}/dialogues`;
  const ids: string[] = [];
  for (const name of names) ids.push((await admin.post<Dialogue>(base, { name })).body.id);
  const names_ = async () => (await admin.get<Dialogue[]>(`${base}?kind=dialogue`)).body.map((d) => d.name);
  return { siteId, base, ids, listed: names_ };
}

describeEachDatabase("dialogue priority order", (server) => {
  it("sets the order of every dialogue in one go, as descending priorities within 0..1000", async () => {
    const admin = await server().admin();
    const { base, ids, listed } = await siteWith(admin, ["A", "B", "C"]);
    const [a, b, c] = ids as [string, string, string];
    const before = (await admin.get<Dialogue[]>(base)).body.find((d) => d.id === a);
    const saved = await admin.request<Dialogue[]>("PUT", `${base}/order`, { ids: [c, a, b] });
    expect(saved.status).toBe(200);
    expect(saved.body.map((d) => [d.name, d.priority])).toEqual([
      ["C", 1000],
      ["A", 999],
      ["B", 998],
    ]);
    expect(await listed()).toEqual(["C", "A", "B"]);
    // The order is a setting: "last edited" does not move.
    expect((await admin.get<Dialogue[]>(base)).body.find((d) => d.id === a)?.updatedAt).toBe(
      before?.updatedAt,
    );
  });

  it("refuses a partial list, a repeat, an unknown id, a flow, an archived one or another site's, and changes nothing", async () => {
    const admin = await server().admin();
    const { base, ids, listed } = await siteWith(admin, ["A", "B", "C"]);
    const [a, b, c] = ids as [string, string, string];
    await admin.request("PUT", `${base}/order`, { ids: [a, b, c] });
    const flow = await admin.post<Dialogue>(base, { name: "F", kind: "flow" });
    const other = await siteWith(admin, ["Elsewhere"]);
    const archived = await admin.post<Dialogue>(base, { name: "Old" });
    await admin.post(`${base}/${archived.body.id}/archive`);

    const cases: [string[], RegExp][] = [
      [[c, a], /leaves out 1/],
      [[c, a, b, a], /twice/],
      [[c, a, b, "nope"], /not a dialogue of this site/],
      [[c, a, b, flow.body.id], /flows have no priority/],
      [[c, a, b, archived.body.id], /archived/],
      [[c, a, b, other.ids[0] as string], /not a dialogue of this site/],
    ];
    for (const [order, message] of cases) {
      const refused = await admin.request<Err>("PUT", `${base}/order`, { ids: order });
      expect(refused.status, JSON.stringify(order)).toBe(400);
      expect(refused.body.error.message).toMatch(message);
    }
    const empty = await admin.request<Err>("PUT", `${base}/order`, { ids: [] });
    expect(empty.status).toBe(400);
    expect(await listed()).toEqual(["A", "B", "C"]);
  });

  it("parallel reorders leave exactly one of the orders sent, never a mix", async () => {
    const admin = await server().admin();
    const { base, ids, listed } = await siteWith(admin, ["A", "B", "C", "D"]);
    const [a, b, c, d] = ids as [string, string, string, string];
    const orders = [
      [a, b, c, d],
      [d, c, b, a],
      [b, d, a, c],
      [c, a, d, b],
      [a, c, b, d],
    ];
    const answers = await Promise.all(orders.map((o) => admin.request("PUT", `${base}/order`, { ids: o })));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const names = new Map([
      [a, "A"],
      [b, "B"],
      [c, "C"],
      [d, "D"],
    ]);
    const sent = orders.map((o) => o.map((id) => names.get(id)).join(""));
    expect(sent).toContain((await listed()).join(""));
    const priorities = (await admin.get<Dialogue[]>(`${base}?kind=dialogue`)).body.map((x) => x.priority);
    expect(priorities).toEqual([1000, 999, 998, 997]);
  });

  it("needs dialogues.manage on the site: a marketer of another site and a viewer are refused", async () => {
    const admin = await server().admin();
    const { siteId, base, ids, listed } = await siteWith(admin, ["A", "B"]);
    const [a, b] = ids as [string, string];
    const elsewhere = await newSite(admin, "Elsewhere");
    const outsider = await buildUser(server(), admin, "marketing_admin", { siteIds: [elsewhere] });
    const refused = await outsider.client.request<Err>("PUT", `${base}/order`, { ids: [b, a] });
    expect(refused.status).toBe(404);
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    expect((await agent.client.request("PUT", `${base}/order`, { ids: [b, a] })).status).toBe(403);
    expect(await listed()).toEqual(["A", "B"]);

    const marketer = await buildUser(server(), admin, "marketing_user", { siteIds: [siteId] });
    expect((await marketer.client.request("PUT", `${base}/order`, { ids: [b, a] })).status).toBe(200);
    expect(await listed()).toEqual(["B", "A"]);
  });
});
