import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { demoSite } from "../../testing/factories";

type Dialogue = {
  id: string;
  draftRevision: number;
  draft: { cards: { id: string; text?: string }[] };
  updatedBy: { id: string; name: string } | null;
};
type Err = { error: { code: string; message: string; details?: { dialogue?: Dialogue } } };

const stream = (text: string) => ({
  schemaVersion: 1,
  startCardId: "hello",
  cards: [{ id: "hello", type: "message", text, next: null }],
});

describeEachDatabase("draft revisions", (server) => {
  it("a save based on an older revision is refused with theirs, and changes nothing", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const base = `/api/sites/${site.id}/dialogues`;
    const created = await admin.post<Dialogue>(base, { name: "Two tabs" });
    expect(created.body.draftRevision).toBe(0);
    const url = `${base}/${created.body.id}`;

    const first = await admin.patch<Dialogue>(url, { draft: stream("From tab one"), draftRevision: 0 });
    expect(first.status).toBe(200);
    expect(first.body.draftRevision).toBe(1);
    expect(first.body.updatedBy?.id).toBeTruthy();

    const stale = await admin.patch<Err>(url, { draft: stream("From tab two"), draftRevision: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("draft_conflict");
    expect(stale.body.error.details?.dialogue?.draft.cards[0]?.text).toBe("From tab one");
    expect(stale.body.error.details?.dialogue?.draftRevision).toBe(1);

    const now = await admin.get<Dialogue>(url);
    expect(now.body.draft.cards[0]?.text).toBe("From tab one");
    expect(now.body.draftRevision).toBe(1);
  });

  it("of two parallel saves on one revision exactly one wins", async () => {
    const admin = await server().admin();
    const site = await demoSite(admin);
    const base = `/api/sites/${site.id}/dialogues`;
    const created = await admin.post<Dialogue>(base, { name: "Race" });
    const url = `${base}/${created.body.id}`;
    const answers = await Promise.all(
      ["A", "B", "C", "D"].map((t) =>
        admin.patch<Dialogue | Err>(url, { draft: stream(t), draftRevision: 0 }),
      ),
    );
    const won = answers.filter((a) => a.status === 200);
    expect(won).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409)).toHaveLength(3);
    const now = await admin.get<Dialogue>(url);
    expect(now.body.draftRevision).toBe(1);
    expect(now.body.draft.cards[0]?.text).toBe((won[0]?.body as Dialogue).draft.cards[0]?.text);
  });
});
