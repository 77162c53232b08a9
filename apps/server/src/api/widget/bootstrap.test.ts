import { expect, it } from "vitest";
import { nowIso } from "../../lib/clock";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import type { TestServer } from "../../testing/testServer";

type Boot = {
  enabled: boolean;
  visitor: { id: string; token: string; blocked: boolean };
  site: { name: string; branding: { botName: string } };
  dialogue: { id: string; name: string; version: number; trigger: { kind: string }; engaged: boolean } | null;
  flows: { id: string; name: string; delivery: string; startOnLoad: boolean }[];
};

const ORIGIN = "http://localhost:3000";

async function newSite(admin: ApiClient, extra: Record<string, unknown> = {}) {
  const res = await admin.post<{ id: string; siteKey: string }>("/api/sites", {
    name: `Site ${crypto.randomUUID().slice(0, 6)}`,
    allowedDomains: ["localhost", "*.example.com"],
    ...extra,
  });
  return res.body;
}

async function publish(admin: ApiClient, siteId: string, body: Record<string, unknown>) {
  const created = await admin.post<{ id: string }>(`/api/sites/${siteId}/dialogues`, body);
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  await admin.post(`/api/sites/${siteId}/dialogues/${created.body.id}/publish`);
  return created.body.id;
}

async function boot(server: TestServer, siteKey: string, url: string, visitor?: string, origin = ORIGIN) {
  const params = new URLSearchParams({ site: siteKey, url, ...(visitor ? { visitor } : {}) });
  const res = await fetch(`${server.url}/api/widget/bootstrap?${params}`, { headers: { origin } });
  return { status: res.status, body: (await res.json()) as Boot & { error?: { code: string } } };
}

async function markVisitor(
  server: TestServer,
  visitorId: string,
  dialogueId: string,
  version: number,
  status: string,
  at = nowIso(),
) {
  // The conversation engine writes this row as the visitor moves through a dialogue.
  await server.parley.ctx.store.db
    .insertInto("visitor_dialogues")
    .values({ visitor_id: visitorId, dialogue_id: dialogueId, version, status, updated_at: at })
    .onConflict((oc) =>
      oc.columns(["visitor_id", "dialogue_id"]).doUpdateSet({ status, version, updated_at: at }),
    )
    .execute();
}

describeEachDatabase("widget bootstrap", (server) => {
  it("answers a page on an allowed domain with branding, a visitor token and the matching dialogue", async () => {
    const admin = await server().admin();
    const site = await newSite(admin, { branding: { botName: "Ava" } });
    const id = await publish(admin, site.id, {
      name: "Pricing",
      targeting: { include: ["/pricing"], trigger: { kind: "seconds_on_page", seconds: 5 } },
    });
    const res = await boot(server(), site.siteKey, "http://localhost:3000/pricing");
    expect(res.status).toBe(200);
    expect(res.body.enabled).toBe(true);
    expect(res.body.site.branding.botName).toBe("Ava");
    expect(res.body.visitor.token).toContain(res.body.visitor.id);
    expect(res.body.dialogue).toMatchObject({
      id,
      version: 1,
      trigger: { kind: "seconds_on_page", seconds: 5 },
      engaged: false,
    });
    const again = await boot(server(), site.siteKey, "http://localhost:3000/about", res.body.visitor.token);
    expect(again.body.visitor.id).toBe(res.body.visitor.id);
    expect(again.body.dialogue).toBeNull();
  });

  it("refuses pages and origins outside the allowed domains", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const page = await boot(server(), site.siteKey, "https://evil.test/pricing");
    expect(page.status).toBe(403);
    expect(page.body.error?.code).toBe("domain_not_allowed");
    // A refused page leaves nothing behind: no visitor was created for it.
    const visitors = await server()
      .parley.ctx.store.db.selectFrom("visitors")
      .select("id")
      .where("site_id", "=", site.id)
      .execute();
    expect(visitors).toEqual([]);
    const origin = await boot(
      server(),
      site.siteKey,
      "https://shop.example.com/",
      undefined,
      "https://evil.test",
    );
    expect(origin.status).toBe(403);
    expect(
      (await boot(server(), site.siteKey, "https://shop.example.com/", undefined, "https://shop.example.com"))
        .status,
    ).toBe(200);
  });

  it("the chat-enabled switch turns every dialogue and flow off", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    await publish(admin, site.id, { name: "Any page" });
    await publish(admin, site.id, { kind: "flow", name: "Whitepaper", flowSettings: { delivery: "popup" } });
    const on = await boot(server(), site.siteKey, "http://localhost/x");
    expect(on.body.dialogue?.name).toBe("Any page");
    expect(on.body.flows).toEqual([expect.objectContaining({ name: "Whitepaper", delivery: "popup" })]);
    await admin.patch(`/api/sites/${site.id}`, { chatEnabled: false });
    const off = await boot(server(), site.siteKey, "http://localhost/x");
    expect(off.body).toMatchObject({ enabled: false, dialogue: null, flows: [] });
  });

  it("a flow set to start on page load starts on the pages it includes, once per visitor", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const flow = await publish(admin, site.id, {
      kind: "flow",
      name: "Pricing help",
      targeting: { include: ["/pricing*"], exclude: ["/pricing/enterprise"] },
      flowSettings: { delivery: "popup", onPageLoad: true },
    });
    await publish(admin, site.id, { kind: "flow", name: "Link only", flowSettings: { delivery: "chat" } });
    const startsOn = async (url: string, visitor?: string) => {
      const res = await boot(server(), site.siteKey, url, visitor);
      return { body: res.body, starts: res.body.flows.filter((f) => f.startOnLoad).map((f) => f.name) };
    };
    const home = await startsOn("http://localhost/");
    expect(home.body.flows.map((f) => f.name).sort()).toEqual(["Link only", "Pricing help"]);
    expect(home.starts).toEqual([]);
    expect((await startsOn("http://localhost/pricing/enterprise", home.body.visitor.token)).starts).toEqual(
      [],
    );
    expect((await startsOn("http://localhost/pricing?plan=pro", home.body.visitor.token)).starts).toEqual([
      "Pricing help",
    ]);
    // Once the visitor met it, it waits for a link or the API.
    await markVisitor(server(), home.body.visitor.id, flow, 1, "triggered");
    expect((await startsOn("http://localhost/pricing", home.body.visitor.token)).starts).toEqual([]);
  });

  it("honours the schedule", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const past = new Date(Date.now() - 86_400_000).toISOString();
    await publish(admin, site.id, { name: "Later", priority: 9, schedule: { start: future, end: null } });
    await publish(admin, site.id, { name: "Over", priority: 8, schedule: { start: null, end: past } });
    await publish(admin, site.id, { name: "Now", priority: 1, schedule: { start: past, end: future } });
    expect((await boot(server(), site.siteKey, "http://localhost/")).body.dialogue?.name).toBe("Now");
  });

  it("gives the highest-priority match; URL include, exclude and query conditions apply", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    await publish(admin, site.id, { name: "Low", priority: 1 });
    await publish(admin, site.id, {
      name: "LinkedIn",
      priority: 50,
      targeting: { include: ["/*?utm_source=linkedin"] },
    });
    await publish(admin, site.id, {
      name: "Blog",
      priority: 10,
      targeting: { include: ["/blog/*"], exclude: ["/blog/jobs*"] },
    });
    const name = async (url: string) => (await boot(server(), site.siteKey, url)).body.dialogue?.name;
    expect(await name("http://localhost/blog/post")).toBe("Blog");
    expect(await name("http://localhost/blog/jobs/1")).toBe("Low");
    expect(await name("http://localhost/blog/post?utm_source=linkedin")).toBe("LinkedIn");
    expect(await name("http://localhost/home")).toBe("Low");
  });

  it("targets anonymous visitors with 'person email is empty' and known ones by their fields", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    await publish(admin, site.id, {
      name: "Anonymous",
      priority: 1,
      targeting: {
        audience: {
          match: "all",
          conditions: [{ type: "attribute", attribute: "person.email", operator: "is_empty" }],
        },
      },
    });
    await publish(admin, site.id, {
      name: "Known CTO",
      priority: 2,
      targeting: {
        audience: {
          match: "all",
          conditions: [
            { type: "attribute", attribute: "person.email", operator: "is_not_empty" },
            { type: "attribute", attribute: "person.jobTitle", operator: "contains", value: "CTO" },
          ],
        },
      },
    });
    const first = await boot(server(), site.siteKey, "http://localhost/");
    expect(first.body.dialogue?.name).toBe("Anonymous");
    const person = await admin.post<{ id: string }>(`/api/sites/${site.id}/people`, {
      email: "cto@acme.test",
      jobTitle: "CTO",
    });
    await server()
      .parley.ctx.store.db.updateTable("visitors")
      .set({ person_id: person.body.id })
      .where("id", "=", first.body.visitor.id)
      .execute();
    const known = await boot(server(), site.siteKey, "http://localhost/", first.body.visitor.token);
    expect(known.body.dialogue?.name).toBe("Known CTO");
  });

  it("show once: a completed dialogue is not shown again; the next match takes its place", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const first = await publish(admin, site.id, { name: "First", priority: 2 });
    await publish(admin, site.id, { name: "Second", priority: 1 });
    const visit = await boot(server(), site.siteKey, "http://localhost/");
    expect(visit.body.dialogue?.name).toBe("First");
    await markVisitor(server(), visit.body.visitor.id, first, 1, "completed");
    expect(
      (await boot(server(), site.siteKey, "http://localhost/", visit.body.visitor.token)).body.dialogue?.name,
    ).toBe("Second");
  });

  it("the site may let a finished dialogue return after N days, with its own trigger", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    expect((await admin.patch(`/api/sites/${site.id}`, { restartAfterDays: 0 })).status).toBe(400);
    const patched = await admin.patch<{ restartAfterDays: number }>(`/api/sites/${site.id}`, {
      restartAfterDays: 7,
    });
    expect(patched.body.restartAfterDays).toBe(7);
    const first = await publish(admin, site.id, {
      name: "First",
      priority: 2,
      targeting: { trigger: { kind: "seconds_on_page", seconds: 5 } },
    });
    await publish(admin, site.id, { name: "Second", priority: 1 });
    const visit = await boot(server(), site.siteKey, "http://localhost/");
    const again = () => boot(server(), site.siteKey, "http://localhost/", visit.body.visitor.token);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

    await markVisitor(server(), visit.body.visitor.id, first, 1, "completed", daysAgo(5));
    expect((await again()).body.dialogue?.name).toBe("Second");
    await markVisitor(server(), visit.body.visitor.id, first, 1, "dropped", daysAgo(8));
    expect((await again()).body.dialogue).toMatchObject({
      name: "First",
      trigger: { kind: "seconds_on_page", seconds: 5 },
    });

    await admin.patch(`/api/sites/${site.id}`, { restartAfterDays: null });
    expect((await again()).body.dialogue?.name).toBe("Second");
  });

  it("a trigger met in an earlier visit fires at once on return", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const id = await publish(admin, site.id, {
      name: "Exit",
      targeting: { trigger: { kind: "exit_intent" } },
    });
    const visit = await boot(server(), site.siteKey, "http://localhost/");
    expect(visit.body.dialogue?.trigger.kind).toBe("exit_intent");
    await markVisitor(server(), visit.body.visitor.id, id, 1, "triggered");
    expect(
      (await boot(server(), site.siteKey, "http://localhost/", visit.body.visitor.token)).body.dialogue
        ?.trigger.kind,
    ).toBe("immediately");
  });

  it("stickiness: an engaged dialogue follows the visitor to pages targeted by others", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const pricing = await publish(admin, site.id, {
      name: "Pricing",
      priority: 1,
      targeting: { include: ["/pricing"] },
    });
    await publish(admin, site.id, { name: "Careers", priority: 99, targeting: { include: ["/careers"] } });
    const visit = await boot(server(), site.siteKey, "http://localhost/pricing");
    await markVisitor(server(), visit.body.visitor.id, pricing, 1, "engaged");
    const elsewhere = await boot(
      server(),
      site.siteKey,
      "http://localhost/careers",
      visit.body.visitor.token,
    );
    expect(elsewhere.body.dialogue).toMatchObject({
      name: "Pricing",
      engaged: true,
      trigger: { kind: "immediately" },
    });
  });

  it("version pinning and unpublishing: engaged visitors keep their version; others get the new one or none", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const id = await publish(admin, site.id, { name: "Evolving" });
    const engaged = await boot(server(), site.siteKey, "http://localhost/");
    await markVisitor(server(), engaged.body.visitor.id, id, 1, "engaged");
    await admin.post(`/api/sites/${site.id}/dialogues/${id}/publish`);
    expect(
      (await boot(server(), site.siteKey, "http://localhost/", engaged.body.visitor.token)).body.dialogue
        ?.version,
    ).toBe(1);
    expect((await boot(server(), site.siteKey, "http://localhost/")).body.dialogue?.version).toBe(2);

    await admin.post(`/api/sites/${site.id}/dialogues/${id}/unpublish`);
    expect(
      (await boot(server(), site.siteKey, "http://localhost/", engaged.body.visitor.token)).body.dialogue
        ?.name,
    ).toBe("Evolving");
    expect((await boot(server(), site.siteKey, "http://localhost/")).body.dialogue).toBeNull();
  });

  it("flags visitors whose email domain is blocked (no agents or meetings for them)", async () => {
    const admin = await server().admin();
    const site = await newSite(admin, { blockedEmailDomains: ["competitor.test"] });
    const visit = await boot(server(), site.siteKey, "http://localhost/");
    expect(visit.body.visitor.blocked).toBe(false);
    const person = await admin.post<{ id: string }>(`/api/sites/${site.id}/people`, {
      email: "spy@competitor.test",
    });
    await server()
      .parley.ctx.store.db.updateTable("visitors")
      .set({ person_id: person.body.id })
      .where("id", "=", visit.body.visitor.id)
      .execute();
    expect(
      (await boot(server(), site.siteKey, "http://localhost/", visit.body.visitor.token)).body.visitor
        .blocked,
    ).toBe(true);
  });

  it("records the page view with inferred attributes", async () => {
    const admin = await server().admin();
    const site = await newSite(admin);
    const params = new URLSearchParams({
      site: site.siteKey,
      url: "http://localhost/landing?utm_source=news&utm_campaign=fall",
      referrer: "https://search.test/",
      tz: "Europe/Paris",
    });
    const res = await fetch(`${server().url}/api/widget/bootstrap?${params}`, {
      headers: {
        origin: ORIGIN,
        "accept-language": "fr-FR,fr;q=0.9",
        "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile",
      },
    });
    const body = (await res.json()) as Boot;
    const view = await server()
      .parley.ctx.store.db.selectFrom("page_views")
      .selectAll()
      .where("visitor_id", "=", body.visitor.id)
      .executeTakeFirstOrThrow();
    expect(view.referrer).toBe("https://search.test/");
    expect(JSON.parse(view.attributes)).toMatchObject({
      utm: { source: "news", campaign: "fall" },
      language: "fr-FR",
      timezone: "Europe/Paris",
      device: "mobile",
    });
  });
});
