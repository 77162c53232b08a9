import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { afterEach, expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { PAGE_ORIGIN, publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";
import { DROP_AFTER_MS, markDroppedConversations } from "./markDroppedConversations";

describeEachDatabase(
  "conversation lifecycle",
  (server) => {
    let restoreClock: (() => void) | null = null;
    afterEach(() => {
      restoreClock?.();
      restoreClock = null;
    });

    /** Question → two text captures → thanks: an answer to the first capture keeps the conversation engaged. */
    const longStream = {
      schemaVersion: 1 as const,
      startCardId: "qualify",
      cards: [
        {
          id: "qualify",
          type: "question" as const,
          text: "What brings you here?",
          answers: [{ id: "learn", label: "Just learning", value: "learning" }],
          next: "company",
        },
        {
          id: "company",
          type: "capture" as const,
          text: "Your company?",
          kind: "text" as const,
          field: "person.companyName",
          next: "role",
        },
        {
          id: "role",
          type: "capture" as const,
          text: "Your role?",
          kind: "text" as const,
          field: "person.jobTitle",
          next: "thanks",
        },
        { id: "thanks", type: "message" as const, text: "Thanks!" },
      ],
    };

    /** A visitor stopped at the first text question. */
    const engagedVisitor = async (site: Awaited<ReturnType<typeof quickSite>>, dialogueId: string) => {
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("question");
      visitor.send({ kind: "answer", value: "learning" });
      await visitor.bot("capture");
      return visitor;
    };

    /** Sends an answer and resolves with the server's verdict on it: accepted (ack) or the error frame. */
    const answer = async (visitor: TestVisitor, ref: string) => {
      visitor.socket.send({
        type: "conversation.input",
        ref,
        clientId: `answer-${ref}`,
        conversationId: visitor.conversationId,
        input: { kind: "answer", value: `Company ${ref}` },
      });
      return visitor.socket.next((f) => (f.type === "ack" || f.type === "error") && f.ref === ref);
    };

    it("an answer arriving while the silent conversations are dropped is either taken or refused, never both", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const dialogueId = await publishStream(admin, site.id, longStream, { priority: 5 });
      const visitors = [];
      for (let i = 0; i < 8; i++) visitors.push(await engagedVisitor(site, dialogueId));
      // Half an hour of silence later, every visitor answers just as the drop job runs.
      const later = Date.now() + DROP_AFTER_MS + 60_000;
      restoreClock = setClock(frozenClock(new Date(later).toISOString()));
      const db = server().parley.ctx.store.db;
      const [verdicts, dropped] = await Promise.all([
        Promise.all(visitors.map((v, i) => answer(v, `race-${i}`))),
        markDroppedConversations(db, later),
      ]);
      const rows = await db
        .selectFrom("conversations")
        .select(["id", "status"])
        .where(
          "id",
          "in",
          visitors.map((v) => v.conversationId),
        )
        .execute();
      const statusOf = new Map(rows.map((r) => [r.id, r.status]));
      visitors.forEach((visitor, i) => {
        const status = statusOf.get(visitor.conversationId);
        if (verdicts[i]?.type === "ack")
          expect(status, `visitor ${i} was answered, then dropped`).not.toBe("dropped");
        else {
          expect(status).toBe("dropped");
          expect(verdicts[i]).toMatchObject({ code: "conflict" });
        }
      });
      expect(dropped).toBe(rows.filter((r) => r.status === "dropped").length);
    });

    it("an answer committed after the drop job read its candidates keeps the conversation alive", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const dialogueId = await publishStream(admin, site.id, longStream, { priority: 5 });
      const visitor = await engagedVisitor(site, dialogueId);
      const later = Date.now() + DROP_AFTER_MS + 60_000;
      restoreClock = setClock(frozenClock(new Date(later).toISOString()));
      const db = server().parley.ctx.store.db;
      let verdict: Awaited<ReturnType<typeof answer>> | undefined;
      const dropped = await markDroppedConversations(db, later, async () => {
        verdict = await answer(visitor, "in-the-gap");
      });
      expect(verdict).toMatchObject({ type: "ack" });
      expect(dropped).toBe(0);
      const conv = await db
        .selectFrom("conversations")
        .select("status")
        .where("id", "=", visitor.conversationId)
        .executeTakeFirstOrThrow();
      expect(conv.status).toBe("engaged");
      expect((await visitor.bot("capture")).body).toMatchObject({ text: expect.anything() });
    });

    it("a dropped conversation refuses input with a clear error and stores nothing", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const dialogueId = await publishStream(admin, site.id, emailCaptureStream, { priority: 5 });
      const visitor = await engagedVisitor(site, dialogueId);
      const db = server().parley.ctx.store.db;
      expect(await markDroppedConversations(db, Date.now() + DROP_AFTER_MS + 60_000)).toBeGreaterThanOrEqual(
        1,
      );
      const count = async () =>
        (
          await db
            .selectFrom("messages")
            .select("seq")
            .where("conversation_id", "=", visitor.conversationId)
            .execute()
        ).length;
      const before = await count();
      const verdict = await answer(visitor, "late");
      expect(verdict).toMatchObject({ type: "error", code: "conflict" });
      expect(String(verdict.message)).toMatch(/closed/);
      expect(await count()).toBe(before);
    });

    it("an abandoned conversation becomes dropped once, with a dropped activity, and stops following the visitor", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      const dialogueId = await publishStream(admin, site.id, emailCaptureStream, { priority: 5 });
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
      const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
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
  },
  // The test calls markDroppedConversations itself; the node's own recurring run must not race it
  // once the clock is moved on.
  { options: { jobs: { start: false } } },
);
