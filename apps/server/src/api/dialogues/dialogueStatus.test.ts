import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Status = {
  showsDialogue: boolean;
  reasons: { code: string; message: string; fix: string; dialogueIds: string[] }[];
  publishedDialogues: number;
  pageDialogue: { id: string; name: string; hasAudience: boolean } | null;
};
type Dialogue = { id: string };

const codes = (s: Status) => s.reasons.map((r) => r.code);

async function publishedDialogue(admin: ApiClient, base: string, body: object): Promise<string> {
  const created = await admin.post<Dialogue>(base, { name: "Shown", ...body });
  const published = await admin.post(`${base}/${created.body.id}/publish`);
  if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  return created.body.id;
}

describeEachDatabase("why the snippet would show nothing", (server) => {
  it("names each reason in turn, and agrees with what the widget's bootstrap answers", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Status");
    const base = `/api/sites/${siteId}/dialogues`;
    const status = async (url?: string) =>
      (await admin.get<Status>(`${base}/status${url ? `?url=${encodeURIComponent(url)}` : ""}`)).body;

    // A new site: no domain, nothing published.
    const fresh = await status();
    expect(fresh.showsDialogue).toBe(false);
    expect(codes(fresh)).toEqual(["no_allowed_domains", "no_published_dialogue"]);
    expect(fresh.reasons[0]?.fix).toBe("site_settings");

    await admin.patch(`/api/sites/${siteId}`, { allowedDomains: ["shop.example.com"], chatEnabled: false });
    expect(codes(await status())).toEqual(["chat_disabled", "no_published_dialogue"]);
    await admin.patch(`/api/sites/${siteId}`, { chatEnabled: true });

    // Published, but long over and not yet begun: neither is in its schedule, whatever today is.
    const over = await publishedDialogue(admin, base, {
      schedule: { start: "2000-01-01T00:00:00.000Z", end: "2000-02-01T00:00:00.000Z" },
    });
    const later = await publishedDialogue(admin, base, {
      schedule: { start: "2999-01-01T00:00:00.000Z", end: null },
    });
    const outside = await status();
    expect(codes(outside)).toEqual(["all_outside_schedule"]);
    expect(outside.reasons[0]?.dialogueIds.sort()).toEqual([over, later].sort());
    expect(outside.reasons[0]?.message).toMatch(/All 2 published dialogues are outside their schedules/);

    await publishedDialogue(admin, base, { targeting: { include: ["/pricing*"] } });
    expect((await status()).showsDialogue).toBe(true);
    const elsewhere = await status("https://shop.example.com/about");
    expect(codes(elsewhere)).toEqual(["no_page_match"]);
    expect(elsewhere.reasons[0]?.message).toContain("https://shop.example.com/about");
    expect(codes(await status("https://other.example.org/pricing"))).toEqual(["domain_not_allowed"]);
    expect(await status("https://shop.example.com/pricing/team")).toMatchObject({
      showsDialogue: true,
      reasons: [],
      pageDialogue: { name: "Shown", hasAudience: false },
    });
    // The highest priority wins the page, as in bootstrap.
    await publishedDialogue(admin, base, {
      name: "Team pricing",
      priority: 50,
      targeting: { include: ["/pricing/team"] },
    });
    expect((await status("https://shop.example.com/pricing/team")).pageDialogue?.name).toBe("Team pricing");

    // The widget decides the same on those pages.
    const site = await admin.get<{ siteKey: string }>(`/api/sites/${siteId}`);
    const bootstrap = async (url: string) =>
      (
        await server()
          .anonymous()
          .get<{ dialogue: { name: string } | null }>(
            `/api/widget/bootstrap?site=${site.body.siteKey}&url=${encodeURIComponent(url)}`,
          )
      ).body.dialogue;
    expect(await bootstrap("https://shop.example.com/about")).toBeNull();
    expect(await bootstrap("https://shop.example.com/pricing/team")).toMatchObject({ name: "Team pricing" });
    expect(await bootstrap("https://shop.example.com/pricing")).toMatchObject({ name: "Shown" });
    expect((await status("https://shop.example.com/pricing")).pageDialogue?.name).toBe("Shown");
  });

  it("is for whoever may see the site's dialogues", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Status reach");
    const agent = await buildUser(server(), admin, "live_agent", { siteIds: [siteId] });
    expect((await agent.client.get(`/api/sites/${siteId}/dialogues/status`)).status).toBe(403);
    const other = await buildUser(server(), admin, "marketing_user", {
      siteIds: [await newSite(admin, "O")],
    });
    expect((await other.client.get(`/api/sites/${siteId}/dialogues/status`)).status).toBe(404);
    const marketer = await buildUser(server(), admin, "marketing_user", { siteIds: [siteId] });
    expect((await marketer.client.get(`/api/sites/${siteId}/dialogues/status`)).status).toBe(200);
    const bad = await marketer.client.get(`/api/sites/${siteId}/dialogues/status?url=javascript:alert(1)`);
    expect(bad.status).toBe(400);
  });
});
