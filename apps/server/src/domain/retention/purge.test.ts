import type { PurgeableClass } from "@parley/protocol/retention";
import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { toJson } from "../../lib/json";
import { newConversationState } from "../engine/conversationState";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";
import { purgeSite } from "./purgeSite";
import {
  daysAgo,
  type SeedRefs,
  seedActivity,
  seedConversation,
  seedEvent,
  seedPageView,
  seedPerson,
  seedVisitor,
} from "./retentionSeed";

const NOW = "2031-06-15T12:00:00.000Z";
const now = Date.parse(NOW);
const times = (n: number) => Array.from({ length: n }, (_, i) => i);

async function siteRefs(admin: ApiClient): Promise<SeedRefs> {
  const siteId = await newSite(admin, "Retention");
  const dialogue = await admin.post<{ id: string }>(`/api/sites/${siteId}/dialogues`, { name: "Demo" });
  const me = await admin.get<{ user: { id: string } }>("/api/auth/me");
  return { siteId, dialogueId: dialogue.body.id, hostId: me.body.user.id };
}

describeEachDatabase(
  "retention purge",
  (server) => {
    const db = () => server().parley.ctx.store.db;
    const ids = async (
      table: "events" | "page_views" | "activities" | "conversations" | "visitors",
      siteId: string,
    ) =>
      (await db().selectFrom(table).select("id").where("site_id", "=", siteId).execute())
        .map((r) => r.id)
        .sort();

    it("removes exactly the expired rows of every class, in batches, one day inside kept, one day outside gone", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const refs = await siteRefs(await server().admin());
        const other = await siteRefs(await server().admin());
        const person = await seedPerson(db(), refs, "known@example.com", daysAgo(now, 800));
        const known = await seedVisitor(db(), refs, daysAgo(now, 0), person);

        // Raw report events: 730 days (by whole days).
        const eventIn = await seedEvent(db(), refs, daysAgo(now, 729));
        for (const _ of times(5)) await seedEvent(db(), refs, daysAgo(now, 731));
        // Page views: 90 days.
        const viewIn = await seedPageView(db(), refs, known, daysAgo(now, 89));
        for (const _ of times(5)) await seedPageView(db(), refs, known, daysAgo(now, 91));
        // Activities: 730 days.
        const activityIn = await seedActivity(db(), refs, known, person, daysAgo(now, 729));
        for (const _ of times(5)) await seedActivity(db(), refs, known, person, daysAgo(now, 731));
        // Transcripts: 730 days after their last activity, once finished.
        const conversationIn = await seedConversation(db(), refs, known, person, daysAgo(now, 729));
        const expired = [];
        for (const i of times(3))
          expired.push(
            await seedConversation(db(), refs, known, person, daysAgo(now, 731), {
              messages: 5,
              meetingEmail: i === 0 ? "known@example.com" : undefined,
            }),
          );
        const open = await seedConversation(db(), refs, known, person, daysAgo(now, 731));
        await db()
          .updateTable("conversations")
          .set({ status: "engaged" })
          .where("id", "=", open.id)
          .execute();
        // Anonymous visitors without engagement: 90 days.
        const anonymousIn = await seedVisitor(db(), refs, daysAgo(now, 89));
        const anonymousOut = [];
        for (const _ of times(5)) {
          const id = await seedVisitor(db(), refs, daysAgo(now, 91));
          await seedPageView(db(), refs, id, daysAgo(now, 91));
          await seedConversation(db(), refs, id, null, daysAgo(now, 91), { engaged: false, liveChat: false });
          anonymousOut.push(id);
        }
        const engaged = await seedVisitor(db(), refs, daysAgo(now, 91));
        const engagedConversation = await seedConversation(db(), refs, engaged, null, daysAgo(now, 91));
        const recent = await seedVisitor(db(), refs, daysAgo(now, 91));
        const recentView = await seedPageView(db(), refs, recent, daysAgo(now, 89));
        const identified = await seedVisitor(db(), refs, daysAgo(now, 91), person);
        // Another site's expired rows are its own purge's business.
        const otherVisitor = await seedVisitor(db(), other, daysAgo(now, 400));
        const otherEvent = await seedEvent(db(), other, daysAgo(now, 800));

        const batches: Partial<Record<PurgeableClass, number>> = {};
        const result = await purgeSite(db(), refs.siteId, {
          batchSize: 2,
          onBatch: (dataClass) => {
            batches[dataClass] = (batches[dataClass] ?? 0) + 1;
          },
        });
        expect(result.removed).toEqual({
          reportEvents: 5,
          pageViews: 10,
          activities: 5,
          transcripts: 3,
          anonymousVisitors: 5,
          webhookDeliveries: 0,
        });
        expect(result.more).toBe(false);
        // 5 rows by 2: three batches; 10 by 2: five full ones and an empty one that finds nothing left;
        // transcripts: 3 conversations × 5 messages and a note, 2 at a time.
        // Anonymous visitors, 2 at a time, their own rows first 2 at a time: per pair 6 messages (3 steps),
        // 2 notes, 2 conversations, then the pair; the last one alone: 3 messages (2), a note, its
        // conversation, itself.
        expect(batches).toMatchObject({
          reportEvents: 3,
          pageViews: 6,
          activities: 3,
          anonymousVisitors: 17,
        });
        expect(batches.transcripts).toBeGreaterThan(3);
        expect(result.batches).toBe(Object.values(batches).reduce((a, b) => a + b, 0));

        expect(await ids("events", refs.siteId)).toEqual([eventIn]);
        expect(await ids("page_views", refs.siteId)).toEqual([viewIn, recentView].sort());
        expect(await ids("activities", refs.siteId)).toEqual([activityIn]);
        // The expired ones had live chats, which the live-chat report counts: they stay as empty shells.
        const expiredIds = expired.map((c) => c.id);
        expect(await ids("conversations", refs.siteId)).toEqual(
          [conversationIn.id, open.id, engagedConversation.id, ...expiredIds].sort(),
        );
        const shells = await db()
          .selectFrom("conversations")
          .select(["state", "page_url"])
          .where("id", "in", expiredIds)
          .execute();
        expect(shells).toEqual(
          times(3).map(() => ({ state: toJson(newConversationState()), page_url: null })),
        );
        expect(
          (
            await db()
              .selectFrom("live_chats")
              .select("id")
              .where("conversation_id", "in", expiredIds)
              .execute()
          ).length,
        ).toBe(3);
        expect(await ids("visitors", refs.siteId)).toEqual(
          [known, anonymousIn, engaged, recent, identified].sort(),
        );
        for (const table of ["messages", "conversation_notes", "routing_log"] as const)
          expect(
            await db().selectFrom(table).select("id").where("conversation_id", "in", expiredIds).execute(),
            table,
          ).toEqual([]);
        // The meeting booked in an expired conversation stays on the host's calendar, still linked to it.
        const meeting = await db()
          .selectFrom("meetings")
          .select(["conversation_id", "visitor_email"])
          .where("id", "=", expired[0]!.meetingId!)
          .executeTakeFirstOrThrow();
        expect(meeting).toEqual({ conversation_id: expired[0]!.id, visitor_email: "known@example.com" });
        expect(await ids("visitors", other.siteId)).toEqual([otherVisitor]);
        expect(await ids("events", other.siteId)).toEqual([otherEvent]);

        // Nothing is left to do.
        expect((await purgeSite(db(), refs.siteId, { batchSize: 2 })).removed).toEqual({
          reportEvents: 0,
          pageViews: 0,
          activities: 0,
          transcripts: 0,
          anonymousVisitors: 0,
          webhookDeliveries: 0,
        });
      } finally {
        restore();
      }
    });

    it("a class kept forever is not purged; a run's batch budget leaves the rest for the next run", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        const visitor = await seedVisitor(
          db(),
          refs,
          daysAgo(now, 0),
          await seedPerson(db(), refs, "f@example.com", NOW),
        );
        for (const _ of times(5)) await seedActivity(db(), refs, visitor, null, daysAgo(now, 2000));
        for (const _ of times(5)) await seedEvent(db(), refs, daysAgo(now, 2000));
        const saved = await admin.request("PUT", `/api/sites/${refs.siteId}/retention`, {
          anonymousVisitors: 90,
          pageViews: 90,
          activities: null,
          transcripts: 730,
          reportEvents: 730,
        });
        expect(saved.status).toBe(200);
        const first = await purgeSite(db(), refs.siteId, { batchSize: 2, maxBatches: 2 });
        expect(first.removed.activities).toBe(0);
        expect(first.removed.reportEvents).toBe(4);
        expect(first.more).toBe(true);
        expect((await ids("activities", refs.siteId)).length).toBe(5);
        const second = await purgeSite(db(), refs.siteId, { batchSize: 2, maxBatches: 2 });
        expect(second.removed.reportEvents).toBe(1);
        expect(second.more).toBe(false);
      } finally {
        restore();
      }
    });

    it("rolls up the events' days before deleting them, and the overview report keeps its numbers", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        const person = await seedPerson(db(), refs, "r@example.com", daysAgo(now, 800));
        const visitor = await seedVisitor(db(), refs, daysAgo(now, 0), person);
        for (const i of times(4)) {
          const { id } = await seedConversation(db(), refs, visitor, person, daysAgo(now, 731, i * 60_000));
          await seedEvent(db(), refs, daysAgo(now, 731, i * 60_000), {
            visitorId: visitor,
            conversationId: id,
          });
          await seedEvent(
            db(),
            refs,
            daysAgo(now, 731, i * 60_000 + 1),
            { visitorId: visitor, conversationId: id },
            "engaged",
          );
        }
        const day = (days: number) => daysAgo(now, days).slice(0, 10);
        const path = `/api/sites/${refs.siteId}/reports/overview?from=${day(735)}&to=${day(725)}`;
        const before = await admin.get(path);
        expect(before.status).toBe(200);

        const rolledUp: { beforeIso: string; eventsLeft: number }[] = [];
        const { ensureRolledUp } = await import("../reports/rollup/ensureRolledUp");
        const result = await purgeSite(db(), refs.siteId, {
          rollUp: async (trxDb, siteId, beforeIso) => {
            const left = await trxDb
              .selectFrom("events")
              .select("id")
              .where("site_id", "=", siteId)
              .execute();
            rolledUp.push({ beforeIso, eventsLeft: left.length });
            await ensureRolledUp(trxDb, siteId, beforeIso);
          },
        });
        expect(result.removed.reportEvents).toBe(8);
        // Called while every event was still there, with the start of the day 730 days ago (UTC site), just past it.
        expect(rolledUp).toEqual([{ beforeIso: `${day(730)}T00:00:00.001Z`, eventsLeft: 8 }]);
        const after = await admin.get(path);
        expect(after.status).toBe(200);
        expect(after.body).toEqual(before.body);
      } finally {
        restore();
      }
    });
  },
  { options: { jobs: { start: false } } },
);
