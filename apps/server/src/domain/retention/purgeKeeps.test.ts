import type { PurgeableClass } from "@parley/protocol/retention";
import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";
import { report } from "../../testing/reportClient";
import { purgeSite } from "./purgeSite";
import {
  daysAgo,
  type SeedRefs,
  seedActivity,
  seedConversation,
  seedPageView,
  seedPerson,
  seedVisitor,
  seedWebhookDelivery,
} from "./retentionSeed";

const NOW = "2031-06-15T12:00:00.000Z";
const now = Date.parse(NOW);
const times = (n: number) => Array.from({ length: n }, (_, i) => i);

async function siteRefs(admin: ApiClient): Promise<SeedRefs> {
  const siteId = await newSite(admin, "Retention keeps");
  const dialogue = await admin.post<{ id: string }>(`/api/sites/${siteId}/dialogues`, { name: "Demo" });
  const me = await admin.get<{ user: { id: string } }>("/api/auth/me");
  return { siteId, dialogueId: dialogue.body.id, hostId: me.body.user.id };
}

describeEachDatabase(
  "retention purge keeps what reports read, and goes in bounded steps",
  (server) => {
    const db = () => server().parley.ctx.store.db;

    it("webhook deliveries: delivered and dead ones older than 30 days go with their attempt logs; pending and failed ones stay", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const refs = await siteRefs(await server().admin());
        const other = await siteRefs(await server().admin());
        const old = daysAgo(now, 31);
        const gone = [
          await seedWebhookDelivery(db(), refs, "delivered", old),
          await seedWebhookDelivery(db(), refs, "dead", old),
          await seedWebhookDelivery(db(), refs, "delivered", old),
        ];
        const kept = [
          await seedWebhookDelivery(db(), refs, "pending", daysAgo(now, 400)),
          await seedWebhookDelivery(db(), refs, "failed", old),
          await seedWebhookDelivery(db(), refs, "delivered", daysAgo(now, 29)),
          await seedWebhookDelivery(db(), refs, "dead", daysAgo(now, 29)),
        ];
        const othersOld = await seedWebhookDelivery(db(), other, "delivered", old);

        const result = await purgeSite(db(), refs.siteId, { batchSize: 2 });
        expect(result.removed.webhookDeliveries).toBe(3);
        const left = (
          await db()
            .selectFrom("webhook_deliveries")
            .select("id")
            .where("site_id", "=", refs.siteId)
            .execute()
        ).map((r) => r.id);
        expect(left.sort()).toEqual([...kept].sort());
        expect(
          await db().selectFrom("webhook_attempts").select("id").where("delivery_id", "in", gone).execute(),
        ).toEqual([]);
        expect(
          await db().selectFrom("webhook_attempts").select("id").where("delivery_id", "in", kept).execute(),
        ).toHaveLength(4);
        expect(
          await db().selectFrom("webhook_deliveries").select("id").where("id", "=", othersOld).execute(),
        ).toHaveLength(1);

        // Kept forever: nothing goes.
        const admin = await server().admin();
        const put = await admin.request("PUT", `/api/sites/${other.siteId}/retention`, {
          anonymousVisitors: 90,
          pageViews: 90,
          activities: 730,
          transcripts: 730,
          reportEvents: 730,
          webhookDeliveries: null,
        });
        expect(put.status).toBe(200);
        expect((await purgeSite(db(), other.siteId)).removed.webhookDeliveries).toBe(0);
      } finally {
        restore();
      }
    });

    it("purged transcripts leave the live-chat and meetings reports' numbers as they were; their messages are gone", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        const person = await seedPerson(db(), refs, "chat@example.com", daysAgo(now, 800));
        const known = await seedVisitor(db(), refs, NOW, person);
        const anonymous = await seedVisitor(db(), refs, daysAgo(now, 740));
        const chats: string[] = [];
        for (const i of times(4)) {
          const at = daysAgo(now, 735, i * 3_600_000);
          const { id } = await seedConversation(
            db(),
            refs,
            i % 2 ? anonymous : known,
            i % 2 ? null : person,
            at,
            {
              messages: 3,
              meetingEmail: i === 0 ? "chat@example.com" : undefined,
            },
          );
          chats.push(id);
          // Asked 90 s before, taken 30 s before, first agent answer 20 s after taking it, ended 10 min later.
          const ms = Date.parse(at);
          const iso = (delta: number) => new Date(ms + delta).toISOString();
          await db()
            .updateTable("live_chats")
            .set({ requested_at: iso(-90_000 - i * 1000), assigned_at: iso(-30_000), ended_at: iso(600_000) })
            .where("conversation_id", "=", id)
            .execute();
          await db()
            .insertInto("messages")
            .values(
              [
                { seq: 10, at: iso(-20_000 + i * 5000), text: "Hello, how can I help?" },
                { seq: 11, at: iso(60_000), text: "Anything else?" },
              ].map((m) => ({
                id: newId(),
                conversation_id: id,
                seq: m.seq,
                client_id: null,
                author: "agent",
                body: toJson({ kind: "text", text: m.text }),
                created_at: m.at,
              })),
            )
            .execute();
        }
        // A chat nobody took (missed).
        const missed = await seedConversation(db(), refs, anonymous, null, daysAgo(now, 735), {
          messages: 1,
        });
        await db()
          .updateTable("live_chats")
          .set({ assigned_at: null, agent_id: null, status: "fallback", end_reason: "fallback" })
          .where("conversation_id", "=", missed.id)
          .execute();
        await db()
          .deleteFrom("chat_offers")
          .where(
            "chat_id",
            "in",
            db().selectFrom("live_chats").select("id").where("conversation_id", "=", missed.id),
          )
          .execute();
        chats.push(missed.id);

        const days = { from: daysAgo(now, 737).slice(0, 10), to: daysAgo(now, 733).slice(0, 10) };
        const read = async () => ({
          all: await report(admin, refs.siteId, "livechat", days),
          known: await report(admin, refs.siteId, "livechat", { ...days, visitors: "known" }),
          meetings: await report(admin, refs.siteId, "meetings", {
            // Booked (created) at the frozen now.
            from: daysAgo(now, 5).slice(0, 10),
            to: NOW.slice(0, 10),
            dialogueId: refs.dialogueId,
            version: 1,
          }),
        });
        const before = await read();
        const totals = Object.fromEntries(before.all.totals.map((t) => [t.key, t.value]));
        expect(totals).toMatchObject({ requested: 5, connected: 4, missed: 1 });
        expect(totals.avgFirstResponseSeconds).toBeGreaterThan(0);
        expect(before.meetings.totals.find((t) => t.key === "booked")?.value).toBe(1);

        const result = await purgeSite(db(), refs.siteId, { batchSize: 2 });
        expect(result.removed.transcripts).toBe(5);
        const after = await read();
        expect(after).toEqual(before);

        // What the visitor and the agents wrote is gone; what the reports count stays.
        for (const table of ["messages", "conversation_notes", "routing_log"] as const)
          expect(
            await db().selectFrom(table).select("id").where("conversation_id", "in", chats).execute(),
            table,
          ).toEqual([]);
        expect(
          await db().selectFrom("live_chats").select("id").where("conversation_id", "in", chats).execute(),
        ).toHaveLength(5);
        // Nothing is left to purge; the visitor whose chats were purged is not taken for an unengaged one.
        const again = await purgeSite(db(), refs.siteId);
        expect(again.removed).toMatchObject({ transcripts: 0, anonymousVisitors: 0 });
        expect(
          await db().selectFrom("visitors").select("id").where("id", "=", anonymous).execute(),
        ).toHaveLength(1);
        expect(await read()).toEqual(before);
      } finally {
        restore();
      }
    });

    it("an anonymous visitor holding more rows than a batch goes in steps of at most one batch", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const refs = await siteRefs(admin);
        // Page views kept forever, so that only the visitor's purge removes theirs.
        const put = await admin.request("PUT", `/api/sites/${refs.siteId}/retention`, {
          anonymousVisitors: 90,
          pageViews: null,
          activities: 730,
          transcripts: 730,
          reportEvents: 730,
        });
        expect(put.status).toBe(200);
        const old = daysAgo(now, 100);
        const heavy = await seedVisitor(db(), refs, old);
        for (const _ of times(3)) await seedActivity(db(), refs, heavy, null, old);
        for (const _ of times(7)) await seedPageView(db(), refs, heavy, old);
        for (const _ of times(4))
          await seedConversation(db(), refs, heavy, null, old, {
            engaged: false,
            liveChat: false,
            messages: 2,
          });
        const engaged = await seedVisitor(db(), refs, old);
        await seedConversation(db(), refs, engaged, null, old, { liveChat: false });
        const count = async (table: "page_views" | "activities" | "conversations") =>
          (await db().selectFrom(table).select("id").where("visitor_id", "=", heavy).execute()).length;

        // Two batches of 3: the timeline (3 rows), then 3 of the 7 page views; the visitor waits.
        const first = await purgeSite(db(), refs.siteId, { batchSize: 3, maxBatches: 2 });
        expect(first.more).toBe(true);
        expect(first.removed.anonymousVisitors).toBe(0);
        expect([await count("activities"), await count("page_views"), await count("conversations")]).toEqual([
          0, 4, 4,
        ]);

        const batches: Partial<Record<PurgeableClass, number>> = {};
        const rest = await purgeSite(db(), refs.siteId, {
          batchSize: 3,
          onBatch: (c) => {
            batches[c] = (batches[c] ?? 0) + 1;
          },
        });
        expect(rest.removed.anonymousVisitors).toBe(1);
        expect(rest.more).toBe(false);
        // 4 page views (2 steps), 8 messages (3), 4 notes (2), 4 conversations (2), then the visitor.
        expect(batches.anonymousVisitors).toBe(10);
        expect(await db().selectFrom("visitors").select("id").where("id", "=", heavy).execute()).toEqual([]);
        expect([await count("activities"), await count("page_views"), await count("conversations")]).toEqual([
          0, 0, 0,
        ]);
        expect(
          await db().selectFrom("visitors").select("id").where("id", "=", engaged).execute(),
        ).toHaveLength(1);
      } finally {
        restore();
      }
    });
  },
  { options: { jobs: { start: false } } },
);
