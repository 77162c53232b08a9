import { demoStream } from "@parley/flow/templates/demoStream";
import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { PAGE_ORIGIN, publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";
import { DROP_AFTER_MS, markDroppedConversations } from "./markDroppedConversations";

describeEachDatabase("conversation lifecycle", (server) => {
  it("an abandoned conversation becomes dropped once, with a dropped activity, and stops following the visitor", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, demoStream, { priority: 5 });
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    await visitor.bot("question");
    visitor.send({ kind: "answer", value: "learning" });
    await visitor.bot("capture");

    const db = server().parley.ctx.store.db;
    const boot = async () => {
      const params = new URLSearchParams({
        site: site.siteKey,
        url: `${PAGE_ORIGIN}/`,
        visitor: visitor.token,
      });
      return (
        (await (await fetch(`${server().url}/api/widget/bootstrap?${params}`)).json()) as {
          dialogue: { engaged: boolean } | null;
        }
      ).dialogue;
    };
    expect((await boot())?.engaged).toBe(true);

    expect(await markDroppedConversations(db, Date.now())).toBe(0);
    const later = Date.now() + DROP_AFTER_MS + 1000;
    expect(await markDroppedConversations(db, later)).toBeGreaterThanOrEqual(1);
    expect(await markDroppedConversations(db, later)).toBe(0);

    const conv = await db
      .selectFrom("conversations")
      .select("status")
      .where("id", "=", visitor.conversationId)
      .executeTakeFirstOrThrow();
    expect(conv.status).toBe("dropped");
    const dropped = await db
      .selectFrom("activities")
      .select("type")
      .where("visitor_id", "=", visitor.visitorId)
      .where("type", "=", "dropped")
      .execute();
    expect(dropped).toHaveLength(1);
    expect(await boot()).toBeNull();
  });

  it("a dialogue finished long enough ago (site setting) starts afresh: a new conversation from the first card", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    await admin.patch(`/api/sites/${site.id}`, { restartAfterDays: 30 });
    const dialogueId = await publishStream(admin, site.id, demoStream);
    const visitor = await TestVisitor.arrive(server(), site);
    const firstConversation = await visitor.start(dialogueId);
    await visitor.bot("question");
    visitor.send({ kind: "answer", value: "learning" });
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "ada@example.com" });
    await visitor.bot("message");

    const db = server().parley.ctx.store.db;
    const row = () =>
      db
        .selectFrom("visitor_dialogues")
        .select(["status"])
        .where("visitor_id", "=", visitor.visitorId)
        .where("dialogue_id", "=", dialogueId)
        .executeTakeFirstOrThrow();
    expect((await row()).status).toBe("completed");
    await db
      .updateTable("visitor_dialogues")
      .set({ updated_at: new Date(Date.now() - 31 * 86_400_000).toISOString() })
      .where("visitor_id", "=", visitor.visitorId)
      .execute();

    const params = new URLSearchParams({
      site: site.siteKey,
      url: `${PAGE_ORIGIN}/`,
      visitor: visitor.token,
    });
    const boot = (await (await fetch(`${server().url}/api/widget/bootstrap?${params}`)).json()) as {
      dialogue: { id: string; engaged: boolean } | null;
    };
    expect(boot.dialogue).toMatchObject({ id: dialogueId, engaged: false });

    const second = await visitor.start(dialogueId);
    expect(second).not.toBe(firstConversation);
    expect((await visitor.bot("question")).seq).toBe(1);
    expect((await row()).status).toBe("triggered");
  });

  it("opening offered content records content_opened and redirects only to the offered URL", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, {
      schemaVersion: 1,
      startCardId: "doc",
      cards: [
        { id: "doc", type: "content", title: "Guide", url: "https://example.com/guide.pdf", kind: "pdf" },
      ],
    });
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    await visitor.bot("content");
    const link = `${server().url}/api/widget/content/${visitor.conversationId}/doc?visitor=${encodeURIComponent(visitor.token)}`;
    const res = await fetch(link, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("https://example.com/guide.pdf");
    const opened = await server()
      .parley.ctx.store.db.selectFrom("activities")
      .select("data")
      .where("visitor_id", "=", visitor.visitorId)
      .where("type", "=", "content_opened")
      .execute();
    expect(opened).toHaveLength(1);

    const stranger = await TestVisitor.arrive(server(), site);
    const foreign = await fetch(
      `${server().url}/api/widget/content/${visitor.conversationId}/doc?visitor=${encodeURIComponent(stranger.token)}`,
      { redirect: "manual" },
    );
    expect(foreign.status).toBe(404);
    const unknownCard = await fetch(link.replace("/doc?", "/nope?"), { redirect: "manual" });
    expect(unknownCard.status).toBe(404);
  });
});
