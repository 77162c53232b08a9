import { expect, it } from "vitest";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, demoSite } from "../../testing/factories";

type Dialogue = {
  id: string;
  name: string;
  status: string;
  publishedVersion: number | null;
  draft: { cards: { id: string; text?: string }[] };
  targeting: { include: string[]; trigger: { kind: string } };
};
type Err = {
  error: { code: string; message: string; details?: { problems?: { cardId?: string; message: string }[] } };
};

const stream = (text: string, next: string | null = null) => ({
  schemaVersion: 1,
  startCardId: "hello",
  cards: [{ id: "hello", type: "message", text, next }],
});

async function setup(admin: ApiClient) {
  const site = await demoSite(admin);
  const base = `/api/sites/${site.id}/dialogues`;
  return { site, base };
}

describeEachDatabase("dialogues and flows", (server) => {
  it("creates a blank dialogue with targeting, edits its draft and publishes numbered immutable versions", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    const created = await admin.post<Dialogue>(base, {
      name: "Pricing helper",
      priority: 5,
      targeting: {
        include: ["/pricing*", "/plans?utm_source=linkedin"],
        trigger: { kind: "scroll", percent: 50 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "draft", publishedVersion: null });
    expect(created.body.targeting.trigger).toEqual({ kind: "scroll", percent: 50 });
    expect(created.body.draft.cards).toHaveLength(1);

    const v1 = await admin.post<Dialogue>(`${base}/${created.body.id}/publish`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ status: "published", publishedVersion: 1 });

    const edited = await admin.patch<Dialogue>(`${base}/${created.body.id}`, {
      draft: stream("Version two"),
    });
    expect(edited.body.draft.cards[0]?.text).toBe("Version two");
    const v2 = await admin.post<Dialogue>(`${base}/${created.body.id}/publish`);
    expect(v2.body.publishedVersion).toBe(2);

    const versions = await admin.get<{ version: number; stream: { cards: { text: string }[] } }[]>(
      `${base}/${created.body.id}/versions`,
    );
    expect(versions.body.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.body[1]?.stream.cards[0]?.text).toMatch(/How can we help/);
    expect(versions.body[0]?.stream.cards[0]?.text).toBe("Version two");
  });

  it("a draft with problems can be saved and validated, but publishing is refused naming each card", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    const created = await admin.post<Dialogue>(base, { name: "Broken" });
    await admin.patch(`${base}/${created.body.id}`, { draft: stream("Hi", "nowhere") });
    const check = await admin.post<{
      valid: boolean;
      problems: { cardId?: string; code: string; message: string }[];
    }>(`${base}/${created.body.id}/validate`);
    expect(check.body.valid).toBe(false);
    expect(check.body.problems.some((p) => p.cardId === "hello")).toBe(true);

    const refused = await admin.post<Err>(`${base}/${created.body.id}/publish`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details?.problems?.[0]?.cardId).toBe("hello");
    expect((await admin.get<Dialogue>(`${base}/${created.body.id}`)).body.status).toBe("draft");
  });

  it("refuses a malformed stream or audience and keeps the previous draft", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    const created = await admin.post<Dialogue>(base, { name: "Strict" });
    const bad = await admin.patch<Err>(`${base}/${created.body.id}`, {
      draft: { schemaVersion: 1, startCardId: "a", cards: [{ id: "a", type: "teleport" }] },
    });
    expect(bad.status).toBe(400);
    const future = await admin.patch<Err>(`${base}/${created.body.id}`, {
      draft: { schemaVersion: 99, cards: [] },
    });
    expect(future.status).toBe(400);
    const audience = await admin.patch<Err>(`${base}/${created.body.id}`, {
      targeting: { audience: { match: "every", conditions: [] } },
    });
    expect(audience.status).toBe(400);
    expect(audience.body.error.message).toMatch(/audience/);
    const after = await admin.get<Dialogue>(`${base}/${created.body.id}`);
    expect(after.body.draft).toEqual(created.body.draft);
  });

  it("unpublishes, archives and duplicates", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    const created = await admin.post<Dialogue>(base, { name: "Seasonal" });
    await admin.post(`${base}/${created.body.id}/publish`);
    expect((await admin.post<Dialogue>(`${base}/${created.body.id}/unpublish`)).body.status).toBe(
      "unpublished",
    );
    const copy = await admin.post<Dialogue>(`${base}/${created.body.id}/duplicate`);
    expect(copy.body).toMatchObject({ name: "Seasonal (copy)", status: "draft", publishedVersion: null });
    expect(copy.body.draft).toEqual(created.body.draft);
    expect((await admin.post<Dialogue>(`${base}/${created.body.id}/archive`)).body.status).toBe("archived");
    const listed = await admin.get<Dialogue[]>(base);
    expect(listed.body.map((d) => d.id)).not.toContain(created.body.id);
    expect(listed.body.map((d) => d.id)).toContain(copy.body.id);
    const all = await admin.get<Dialogue[]>(`${base}?includeArchived=true`);
    expect(all.body.map((d) => d.id)).toContain(created.body.id);
    expect((await admin.patch(`${base}/${created.body.id}`, { name: "x" })).status).toBe(409);
  });

  it("flows are listed apart from dialogues and keep their delivery settings", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    const flow = await admin.post<Dialogue & { kind: string; flowSettings: { delivery: string } }>(base, {
      kind: "flow",
      name: "Get the whitepaper",
      flowSettings: { delivery: "inline" },
    });
    expect(flow.body).toMatchObject({ kind: "flow", flowSettings: { delivery: "inline" } });
    const flows = await admin.get<Dialogue[]>(`${base}?kind=flow`);
    expect(flows.body.map((d) => d.id)).toContain(flow.body.id);
    const dialogues = await admin.get<Dialogue[]>(`${base}?kind=dialogue`);
    expect(dialogues.body.map((d) => d.id)).not.toContain(flow.body.id);
  });

  it("creates from each of the four templates; each validates and publishes as it comes", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    for (const template of ["book-a-demo", "qualify-and-route", "contact-support", "newsletter-signup"]) {
      const created = await admin.post<Dialogue>(base, { name: `From ${template}`, template });
      expect(created.status, template).toBe(201);
      expect(created.body.draft.cards.length, template).toBeGreaterThan(2);
      const check = await admin.post<{ valid: boolean; problems: unknown[] }>(
        `${base}/${created.body.id}/validate`,
      );
      expect(check.body, template).toEqual({ valid: true, problems: [] });
      expect((await admin.post<Dialogue>(`${base}/${created.body.id}/publish`)).body.publishedVersion).toBe(
        1,
      );
    }
    expect((await admin.post<Err>(base, { name: "x", template: "no-such-template" })).status).toBe(400);
  });

  it("a marketing user can edit but not publish", async () => {
    const admin = await server().admin();
    const { base } = await setup(admin);
    const marketer = await buildUser(server(), admin, "marketing_user");
    const created = await marketer.client.post<Dialogue>(base, { name: "Mine" });
    expect(created.status).toBe(201);
    expect((await marketer.client.post(`${base}/${created.body.id}/publish`)).status).toBe(403);
    expect((await admin.post(`${base}/${created.body.id}/publish`)).status).toBe(200);
  });
});
