import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import type { TestServer } from "../../testing/testServer";
import { conditionContextFor } from "./conditionContextFor";
import { RETENTION_DEFAULTS } from "@parley/protocol/retention";
import { purgeSite } from "../retention/purgeSite";
import { RETENTION_PURGE_JOB } from "../retention/retentionJobs";

const ORIGIN = "http://localhost:3000";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const PAGE_VIEW_RETENTION_DAYS = RETENTION_DEFAULTS.pageViews ?? 0;

async function boot(server: TestServer, siteKey: string, url: string, visitor?: string) {
  const params = new URLSearchParams({ site: siteKey, url, ...(visitor ? { visitor } : {}) });
  const res = await fetch(`${server.url}/api/widget/bootstrap?${params}`, {
    headers: { origin: ORIGIN, "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile" },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { visitor: { id: string; token: string }; dialogue: { name: string } | null };
}

describeEachDatabase(
  "page views",
  (server) => {
    async function mobilePricingSite() {
      const admin = await server().admin();
      const site = await admin.post<{ id: string; siteKey: string }>("/api/sites", {
        name: `Views ${newId().slice(0, 6)}`,
        allowedDomains: ["localhost"],
      });
      const dialogue = await admin.post<{ id: string }>(`/api/sites/${site.body.id}/dialogues`, {
        name: "Mobile pricing",
        targeting: {
          include: ["/pricing*"],
          audience: {
            match: "all",
            conditions: [{ type: "attribute", attribute: "visitor.device", operator: "is", value: "mobile" }],
          },
        },
      });
      await admin.post(`/api/sites/${site.body.id}/dialogues/${dialogue.body.id}/publish`);
      return site.body;
    }
    const viewsOf = (visitorId: string) =>
      server()
        .parley.ctx.store.db.selectFrom("page_views")
        .select(["url", "session_id", "views"])
        .where("visitor_id", "=", visitorId)
        .orderBy("first_at")
        .execute();

    it("many views of the same page in a visit stay one row with a count", async () => {
      const site = await mobilePricingSite();
      const clock = frozenClock("2030-03-01T09:00:00.000Z");
      const restore = setClock(clock);
      try {
        const first = await boot(server(), site.siteKey, "http://localhost/pricing");
        for (let i = 0; i < 59; i++) {
          clock.advance(20_000);
          await boot(server(), site.siteKey, "http://localhost/pricing#plans", first.visitor.token);
        }
        await boot(server(), site.siteKey, "http://localhost/about", first.visitor.token);
        const views = await viewsOf(first.visitor.id);
        expect(views.map((v) => [v.url, Number(v.views)])).toEqual([
          ["http://localhost/pricing", 60],
          ["http://localhost/about", 1],
        ]);
        expect(new Set(views.map((v) => v.session_id)).size).toBe(1);
        // The visitor's latest page is what the engine's conditions see.
        const context = await conditionContextFor(server().parley.ctx.store.db, {
          siteId: site.id,
          visitorId: first.visitor.id,
          segments: false,
        });
        expect(context.visitor?.page?.url).toBe("http://localhost/about");

        // Half an hour without a view: the next one starts a new visit.
        clock.advance(31 * MINUTE);
        await boot(server(), site.siteKey, "http://localhost/pricing", first.visitor.token);
        const later = await viewsOf(first.visitor.id);
        expect(later).toHaveLength(3);
        expect(later[2]?.session_id).not.toBe(later[0]?.session_id);
      } finally {
        restore();
      }
    });

    it("the recurring retention purge removes views past retention, in batches; targeting still works", async () => {
      const site = await mobilePricingSite();
      const { db } = server().parley.ctx.store;
      const clock = frozenClock("2030-06-01T09:00:00.000Z");
      const restore = setClock(clock);
      try {
        const old = await boot(server(), site.siteKey, "http://localhost/pricing");
        expect(old.dialogue?.name).toBe("Mobile pricing");
        // Many visits long ago (a busy visitor before the purge existed): more than one batch.
        const at = new Date(clock.now()).toISOString();
        const rows = Array.from({ length: 2_500 }, (_, i) => ({
          id: newId(),
          site_id: site.id,
          visitor_id: old.visitor.id,
          session_id: newId(),
          url: `http://localhost/blog/${i}`,
          referrer: null,
          attributes: "{}",
          views: 1,
          first_at: at,
          last_at: at,
        }));
        for (let i = 0; i < rows.length; i += 250)
          await db
            .insertInto("page_views")
            .values(rows.slice(i, i + 250))
            .execute();

        clock.advance((PAGE_VIEW_RETENTION_DAYS - 1) * DAY);
        const recent = await boot(server(), site.siteKey, "http://localhost/pricing");
        clock.advance(2 * DAY);
        // As the worker's start() does; runDue then runs the purge and schedules its next run.
        const { jobs } = server().parley.ctx;
        const purges: string[] = [];
        const stop = jobs.onSettled((s) => {
          if (s.job.kind === RETENTION_PURGE_JOB) purges.push(s.outcome);
        });
        await jobs.scheduleRecurring();
        await jobs.runDue();
        expect(purges).toEqual(["done"]);
        expect(await viewsOf(old.visitor.id)).toEqual([]);
        expect(await viewsOf(recent.visitor.id)).toHaveLength(1);

        // The old visitor was anonymous, never engaged and not seen since: gone with its views. Its
        // browser comes back as a new visitor, targeted by its page and device all the same.
        expect(
          await db.selectFrom("visitors").select("id").where("id", "=", old.visitor.id).execute(),
        ).toEqual([]);
        const back = await boot(server(), site.siteKey, "http://localhost/pricing", old.visitor.token);
        expect(back.visitor.id).not.toBe(old.visitor.id);
        expect(back.dialogue?.name).toBe("Mobile pricing");
        expect(await viewsOf(back.visitor.id)).toHaveLength(1);

        // The job comes back every hour; nothing new is due for removal.
        await jobs.runDue();
        expect(purges).toEqual(["done"]);
        clock.advance(60 * MINUTE);
        await jobs.runDue();
        stop();
        expect(purges).toEqual(["done", "done"]);
        expect((await purgeSite(db, site.id)).removed.pageViews).toBe(0);
        expect(await viewsOf(recent.visitor.id)).toHaveLength(1);
      } finally {
        restore();
      }
    });
  },
  { options: { jobs: { start: false } } },
);
