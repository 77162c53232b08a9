import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

type Dialogue = {
  id: string;
  draftRevision: number;
  draftChanged?: boolean;
  updatedBy: { name: string } | null;
  draft: { cards: { text?: string }[] };
};
type Version = {
  version: number;
  publishedBy: string | null;
  publishedByName: string | null;
  publishedAt: string;
};

const stream = (text: string) => ({
  schemaVersion: 1,
  startCardId: "hello",
  cards: [{ id: "hello", type: "message", text, next: null }],
});

describeEachDatabase("dialogue versions and changes since publishing", (server) => {
  it("lists who published each version, and says when the draft differs from the published one", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Versions");
    const base = `/api/sites/${siteId}/dialogues`;
    const publisher = await buildUser(server(), admin, "marketing_admin", { siteIds: [siteId] });
    const created = await admin.post<Dialogue>(base, { name: "Versioned" });
    const url = `${base}/${created.body.id}`;
    expect(created.body.draftChanged).toBe(false);

    await admin.patch(url, { draft: stream("First"), draftRevision: 0 });
    expect((await admin.post<Dialogue>(`${url}/publish`)).body.draftChanged).toBe(false);
    const edited = await publisher.client.patch<Dialogue>(url, { draft: stream("Second"), draftRevision: 1 });
    expect(edited.body.draftChanged).toBe(true);
    expect(edited.body.updatedBy?.name).toBe("Test marketing_admin");
    const listed = await admin.get<Dialogue[]>(base);
    expect(listed.body.find((d) => d.id === created.body.id)?.draftChanged).toBe(true);
    await publisher.client.post(`${url}/publish`);

    const versions = await admin.get<Version[]>(`${url}/versions`);
    expect(versions.body.map((v) => [v.version, v.publishedByName])).toEqual([
      [2, "Test marketing_admin"],
      [1, (await admin.get<{ user: { name: string } }>("/api/auth/me")).body.user.name],
    ]);
    expect((await admin.get<Dialogue>(url)).body.draftChanged).toBe(false);

    // Moving the card on the canvas changes nothing a visitor meets.
    const live = await admin.get<Dialogue>(url);
    const moved = stream("Second");
    const placed = { ...moved, cards: moved.cards.map((c) => ({ ...c, position: { x: 120, y: 40 } })) };
    const dragged = await admin.patch<Dialogue>(url, {
      draft: placed,
      draftRevision: live.body.draftRevision,
    });
    expect(dragged.status).toBe(200);
    expect(dragged.body.draftChanged).toBe(false);

    // Restoring a version is writing its stream back as the draft: the draft then equals version 1.
    const current = await admin.get<Dialogue>(url);
    const restored = await admin.patch<Dialogue>(url, {
      draft: stream("First"),
      draftRevision: current.body.draftRevision,
    });
    expect(restored.body.draft.cards[0]?.text).toBe("First");
    expect(restored.body.draftChanged).toBe(true);
  });

  it("duplicating and archiving record who did it as the last editor", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Editors");
    const base = `/api/sites/${siteId}/dialogues`;
    const marketer = await buildUser(server(), admin, "marketing_user", { siteIds: [siteId] });
    const created = await admin.post<Dialogue>(base, { name: "Source" });
    const copy = await marketer.client.post<Dialogue>(`${base}/${created.body.id}/duplicate`);
    expect(copy.body.updatedBy?.name).toBe("Test marketing_user");
    const archived = await marketer.client.post<Dialogue>(`${base}/${created.body.id}/archive`);
    expect(archived.body.updatedBy?.name).toBe("Test marketing_user");
  });
});
