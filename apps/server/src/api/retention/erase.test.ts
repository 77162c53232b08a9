import type { Erasure } from "@parley/protocol/retention";
import type { BusEvent } from "@parley/protocol/events";
import type { Kysely } from "kysely";
import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import {
  daysAgo,
  type SeedRefs,
  seedActivity,
  seedConversation,
  seedEvent,
  seedMail,
  seedPageView,
  seedPerson,
  seedVisitor,
} from "../../domain/retention/retentionSeed";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import type { Database } from "../../store/schema";

const NOW = "2031-06-15T12:00:00.000Z";
const now = Date.parse(NOW);

async function siteRefs(admin: ApiClient): Promise<SeedRefs> {
  const siteId = await newSite(admin, "Erase");
  const dialogue = await admin.post<{ id: string }>(`/api/sites/${siteId}/dialogues`, { name: "Demo" });
  const me = await admin.get<{ user: { id: string } }>("/api/auth/me");
  return { siteId, dialogueId: dialogue.body.id, hostId: me.body.user.id };
}

/** A known person with two browsers, a conversation (live chat, note, meeting), events, timeline, views and mail. */
async function seedSomeone(db: Kysely<Database>, refs: SeedRefs, email: string) {
  const person = await seedPerson(db, refs, email, NOW);
  const visitors = [
    await seedVisitor(db, refs, NOW, person, email),
    await seedVisitor(db, refs, NOW, person),
  ];
  const conversation = await seedConversation(db, refs, visitors[0]!, person, daysAgo(now, 1), {
    messages: 4,
    meetingEmail: email,
  });
  const who = { visitorId: visitors[0]!, personId: person, conversationId: conversation.id };
  await seedEvent(db, refs, daysAgo(now, 1), who, "triggered");
  await seedEvent(db, refs, daysAgo(now, 1), who, "engaged");
  await seedEvent(db, refs, daysAgo(now, 1), who, "email_given", { email, outcome: "created" });
  await seedEvent(db, refs, daysAgo(now, 1), { ...who, visitorId: visitors[1]! }, "phone_given", {
    phone: "+1 555",
  });
  for (const v of visitors) {
    await seedActivity(db, refs, v, person, daysAgo(now, 1));
    await seedPageView(db, refs, v, daysAgo(now, 1));
  }
  await db
    .insertInto("visitor_dialogues")
    .values({
      visitor_id: visitors[0]!,
      dialogue_id: refs.dialogueId,
      version: 1,
      status: "completed",
      updated_at: NOW,
    })
    .execute();
  const mail = await seedMail(db, email.toUpperCase(), NOW);
  return { person, visitors, conversation, mail, email };
}

/** Every row that names one of these, per table (what must be gone after an erasure, and stay for others). */
async function footprint(db: Kysely<Database>, s: Awaited<ReturnType<typeof seedSomeone>>) {
  const c = [s.conversation.id];
  const count = async (q: { execute(): Promise<unknown[]> }) => (await q.execute()).length;
  return {
    people: await count(db.selectFrom("people").select("id").where("id", "=", s.person)),
    visitors: await count(db.selectFrom("visitors").select("id").where("id", "in", s.visitors)),
    conversations: await count(db.selectFrom("conversations").select("id").where("id", "in", c)),
    messages: await count(db.selectFrom("messages").select("id").where("conversation_id", "in", c)),
    notes: await count(db.selectFrom("conversation_notes").select("id").where("conversation_id", "in", c)),
    liveChats: await count(db.selectFrom("live_chats").select("id").where("conversation_id", "in", c)),
    routingLog: await count(db.selectFrom("routing_log").select("id").where("conversation_id", "in", c)),
    activities: await count(db.selectFrom("activities").select("id").where("visitor_id", "in", s.visitors)),
    pageViews: await count(db.selectFrom("page_views").select("id").where("visitor_id", "in", s.visitors)),
    visitorDialogues: await count(
      db.selectFrom("visitor_dialogues").select("visitor_id").where("visitor_id", "in", s.visitors),
    ),
    events: await count(
      db
        .selectFrom("events")
        .select("id")
        .where((eb) =>
          eb.or([
            eb("visitor_id", "in", s.visitors),
            eb("person_id", "=", s.person),
            eb("conversation_id", "in", c),
          ]),
        ),
    ),
    meetingsNamed: await count(
      db
        .selectFrom("meetings")
        .select("id")
        .where((eb) => eb.or([eb("person_id", "=", s.person), eb("visitor_email", "=", s.email)])),
    ),
    mail: await count(db.selectFrom("outbox").select("id").where("id", "=", s.mail)),
  };
}

const PRESENT = {
  people: 1,
  visitors: 2,
  conversations: 1,
  messages: 4,
  notes: 1,
  liveChats: 1,
  routingLog: 1,
  activities: 2,
  pageViews: 2,
  visitorDialogues: 1,
  events: 4,
  meetingsNamed: 1,
  mail: 1,
};

describeEachDatabase(
  "erasing a person or a visitor",
  (server) => {
    const db = () => server().parley.ctx.store.db;

    it("removes everything of one person, nothing of another or of another site, keeps the counts; twice is harmless", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        const other = await siteRefs(admin);
        const ann = await seedSomeone(db(), refs, "ann@example.com");
        const bob = await seedSomeone(db(), refs, "bob@example.com");
        const elsewhere = await seedSomeone(db(), other, "cat@example.com");
        const eventsBefore = await db()
          .selectFrom("events")
          .select(["type", "dialogue_id"])
          .where("site_id", "=", refs.siteId)
          .orderBy("type")
          .execute();
        const heard: BusEvent[] = [];
        const stop = await server().parley.ctx.bus.subscribe(`site:${refs.siteId}`, (e) => heard.push(e));

        // Another site's person through this site's URL: not found, untouched.
        expect((await admin.post(`/api/sites/${refs.siteId}/people/${elsewhere.person}/erase`)).status).toBe(
          404,
        );

        const res = await admin.post<Erasure>(`/api/sites/${refs.siteId}/people/${ann.person}/erase`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          subject: "person",
          subjectId: ann.person,
          alreadyErased: false,
          removed: {
            people: 1,
            visitors: 2,
            conversations: 1,
            messages: 4,
            notes: 1,
            liveChats: 1,
            activities: 2,
            pageViews: 2,
            mails: 1,
            eventsAnonymised: 4,
            meetingsAnonymised: 1,
            webhookDeliveries: 0,
          },
        });
        await stop();
        expect(heard).toContainEqual(
          expect.objectContaining({ name: "person.deleted", data: { id: ann.person, into: null } }),
        );
        expect(await footprint(db(), ann)).toEqual({
          ...Object.fromEntries(Object.keys(PRESENT).map((k) => [k, 0])),
        });
        expect(await footprint(db(), bob)).toEqual(PRESENT);
        expect(await footprint(db(), elsewhere)).toEqual(PRESENT);

        // The reports' raw material is all there, cut from Ann: same events, none with what she typed.
        const eventsAfter = await db()
          .selectFrom("events")
          .select(["type", "dialogue_id"])
          .where("site_id", "=", refs.siteId)
          .orderBy("type")
          .execute();
        expect(eventsAfter).toEqual(eventsBefore);
        const data = await db()
          .selectFrom("events")
          .select("data")
          .where("site_id", "=", refs.siteId)
          .execute();
        expect(data.map((d) => d.data).join()).not.toContain("ann@example.com");
        expect(data.map((d) => d.data).join()).toContain("bob@example.com");
        // Her meeting stays on the host's calendar, nameless.
        const meeting = await db()
          .selectFrom("meetings")
          .select(["visitor_email", "visitor_name", "person_id", "visitor_id", "conversation_id", "status"])
          .where("id", "=", ann.conversation.meetingId!)
          .executeTakeFirstOrThrow();
        expect(meeting).toEqual({
          visitor_email: null,
          visitor_name: null,
          person_id: null,
          visitor_id: null,
          conversation_id: null,
          status: "scheduled",
        });

        // Again: the same answer, nothing more done.
        const again = await admin.post<Erasure>(`/api/sites/${refs.siteId}/people/${ann.person}/erase`);
        expect(again.status).toBe(200);
        expect(again.body).toEqual({ ...res.body, alreadyErased: true });
        expect(await footprint(db(), bob)).toEqual(PRESENT);
        expect((await admin.get(`/api/sites/${refs.siteId}/people/${ann.person}`)).status).toBe(404);
      } finally {
        restore();
      }
    });

    it("erasing a visitor removes that browser's data; their person and other browser stay", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        const dee = await seedSomeone(db(), refs, "dee@example.com");
        const anonymous = await seedVisitor(db(), refs, NOW);
        const chat = await seedConversation(db(), refs, anonymous, null, NOW);
        await seedEvent(
          db(),
          refs,
          NOW,
          { visitorId: anonymous, conversationId: chat.id },
          "answers_searched",
          { query: "my address is 1 Main St", found: 0 },
        );

        const res = await admin.post<Erasure>(`/api/sites/${refs.siteId}/visitors/${anonymous}/erase`);
        expect(res.status).toBe(200);
        expect(res.body.removed).toMatchObject({
          people: 0,
          visitors: 1,
          conversations: 1,
          eventsAnonymised: 1,
        });
        expect(await db().selectFrom("visitors").select("id").where("id", "=", anonymous).execute()).toEqual(
          [],
        );
        const searched = await db()
          .selectFrom("events")
          .select("data")
          .where("site_id", "=", refs.siteId)
          .where("type", "=", "answers_searched")
          .executeTakeFirstOrThrow();
        expect(JSON.parse(searched.data)).toEqual({ found: 0 });

        const second = await admin.post<Erasure>(
          `/api/sites/${refs.siteId}/visitors/${dee.visitors[1]}/erase`,
        );
        expect(second.body.removed).toMatchObject({
          people: 0,
          visitors: 1,
          activities: 1,
          pageViews: 1,
          conversations: 0,
        });
        expect(await footprint(db(), dee)).toMatchObject({
          people: 1,
          visitors: 1,
          conversations: 1,
          activities: 1,
          pageViews: 1,
        });
        expect(
          (await admin.post(`/api/sites/${refs.siteId}/visitors/${crypto.randomUUID()}/erase`)).status,
        ).toBe(404);
      } finally {
        restore();
      }
    });

    it("needs people.manage and the site; parallel erases of one person erase once", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        const other = await siteRefs(admin);
        const eve = await seedSomeone(db(), refs, "eve@example.com");
        const marketer = await buildUser(server(), admin, "marketing_user");
        expect(
          (await marketer.client.post(`/api/sites/${refs.siteId}/people/${eve.person}/erase`)).status,
        ).toBe(403);
        const limited = await buildUser(server(), admin, "sales_admin", { siteIds: [other.siteId] });
        expect(
          (await limited.client.post(`/api/sites/${refs.siteId}/people/${eve.person}/erase`)).status,
        ).toBe(404);
        expect(await footprint(db(), eve)).toEqual(PRESENT);

        const salesAdmin = await buildUser(server(), admin, "sales_admin", { siteIds: [refs.siteId] });
        const results = await Promise.all(
          [admin, salesAdmin.client, admin].map((c) =>
            c.post<Erasure>(`/api/sites/${refs.siteId}/people/${eve.person}/erase`),
          ),
        );
        expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
        expect(results.filter((r) => !r.body.alreadyErased)).toHaveLength(1);
        expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
        expect(results.every((r) => r.body.removed.visitors === 2)).toBe(true);
        expect((await footprint(db(), eve)).people).toBe(0);
      } finally {
        restore();
      }
    });
  },
  { options: { jobs: { start: false } } },
);
