import { RETENTION_DEFAULTS } from "@parley/protocol/retention";
import { expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { randomToken } from "../../lib/ids";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";
import { daysAgo, seedActivity, seedPerson, seedVisitor } from "../../domain/retention/retentionSeed";

const NOW = "2031-06-15T12:00:00.000Z";
const GOOD = { anonymousVisitors: 30, pageViews: 60, activities: 365, transcripts: null, reportEvents: 400 };

describeEachDatabase(
  "retention settings and purge runs",
  (server) => {
    it("a new site has product.md's defaults, aggregates kept forever; a manager saves new periods", async () => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Defaults");
      const read = await admin.get(`/api/sites/${siteId}/retention`);
      expect(read.status).toBe(200);
      expect(read.body).toEqual({
        siteId,
        anonymousVisitors: 90,
        pageViews: 90,
        activities: 730,
        transcripts: 730,
        reportEvents: 730,
        webhookDeliveries: 30,
        aggregates: null,
        updatedAt: null,
      });
      // A body without webhookDeliveries (a client older than the class) keeps its period.
      const saved = await admin.request("PUT", `/api/sites/${siteId}/retention`, GOOD);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ ...GOOD, webhookDeliveries: 30, aggregates: null });
      expect((await admin.get(`/api/sites/${siteId}/retention`)).body).toEqual(saved.body);
      const withHooks = await admin.request("PUT", `/api/sites/${siteId}/retention`, {
        ...GOOD,
        webhookDeliveries: 7,
      });
      expect(withHooks.body).toMatchObject({ ...GOOD, webhookDeliveries: 7 });
      expect((await admin.request("PUT", `/api/sites/${siteId}/retention`, GOOD)).body).toMatchObject({
        webhookDeliveries: 7,
      });
    });

    it("bad periods are a 400 naming the field, and change nothing", async () => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Bad");
      expect((await admin.request("PUT", `/api/sites/${siteId}/retention`, GOOD)).status).toBe(200);
      const before = (await admin.get(`/api/sites/${siteId}/retention`)).body;
      const bad: [Record<string, unknown>, string][] = [
        [{ ...GOOD, activities: 0 }, "/activities"],
        [{ ...GOOD, activities: 3651 }, "/activities"],
        [{ ...GOOD, pageViews: 1.5 }, "/pageViews"],
        [{ ...GOOD, transcripts: "forever" }, "/transcripts"],
        [{ ...GOOD, webhookDeliveries: 0 }, "/webhookDeliveries"],
        [{ ...GOOD, aggregates: 30 }, ""],
        [{ anonymousVisitors: 30 }, "/pageViews"],
      ];
      for (const [body, path] of bad) {
        const res = await admin.request<{ error: { code: string; details: { path: string }[] } }>(
          "PUT",
          `/api/sites/${siteId}/retention`,
          body,
        );
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toBe("validation_failed");
        if (path) expect(res.body.error.details.map((d) => d.path)).toContain(path);
      }
      expect((await admin.get(`/api/sites/${siteId}/retention`)).body).toEqual(before);
    });

    it("only site managers who reach the site read or change retention; a key whose creator loses the site is refused at once", async () => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Access");
      const elsewhere = await newSite(admin, "Elsewhere");
      const marketingAdmin = await buildUser(server(), admin, "marketing_admin");
      expect((await marketingAdmin.client.get(`/api/sites/${siteId}/retention`)).status).toBe(403);
      expect(
        (await marketingAdmin.client.request("PUT", `/api/sites/${siteId}/retention`, GOOD)).status,
      ).toBe(403);
      expect((await marketingAdmin.client.post(`/api/sites/${siteId}/retention/runs`)).status).toBe(403);
      const limited = await buildUser(server(), admin, "admin", { siteIds: [elsewhere] });
      expect((await limited.client.get(`/api/sites/${siteId}/retention`)).status).toBe(404);
      expect((await limited.client.request("PUT", `/api/sites/${siteId}/retention`, GOOD)).status).toBe(404);
      expect((await limited.client.request("PUT", `/api/sites/${elsewhere}/retention`, GOOD)).status).toBe(
        200,
      );
      expect((await admin.get(`/api/sites/${siteId}/retention`)).body).toMatchObject(RETENTION_DEFAULTS);

      // An API key of a site admin: allowed while its creator reaches the site, refused (404) at once after.
      const siteAdmin = await buildUser(server(), admin, "admin", { siteIds: [siteId, elsewhere] });
      const key = await siteAdmin.client.post<{ secret: string }>("/api/api-keys", {
        name: `Retention ${randomToken(3)}`,
        scopes: ["sites.manage"],
      });
      const bearer = server().anonymous();
      bearer.bearer = key.body.secret;
      expect((await bearer.request("PUT", `/api/sites/${siteId}/retention`, GOOD)).status).toBe(200);
      expect((await admin.patch(`/api/users/${siteAdmin.id}`, { siteIds: [elsewhere] })).status).toBe(200);
      const refused = await bearer.request("PUT", `/api/sites/${siteId}/retention`, {
        ...GOOD,
        activities: 5,
      });
      expect(refused.status).toBe(404);
      expect((await admin.get(`/api/sites/${siteId}/retention`)).body).toMatchObject({ activities: 365 });
    });

    it("Run purge now queues one run per site (parallel clicks share it); the job runs it and the list shows what it removed", async () => {
      const restore = setClock(frozenClock(NOW));
      try {
        const admin = await server().admin();
        const siteId = await newSite(admin, "Run now");
        const dialogue = await admin.post<{ id: string }>(`/api/sites/${siteId}/dialogues`, { name: "Demo" });
        const me = await admin.get<{ user: { id: string } }>("/api/auth/me");
        const refs = { siteId, dialogueId: dialogue.body.id, hostId: me.body.user.id };
        const { db } = server().parley.ctx.store;
        const now = Date.parse(NOW);
        const person = await seedPerson(db, refs, "run@example.com", NOW);
        const visitor = await seedVisitor(db, refs, NOW, person);
        for (let i = 0; i < 3; i++) await seedActivity(db, refs, visitor, person, daysAgo(now, 800));
        await seedVisitor(db, refs, daysAgo(now, 100));

        const clicks = await Promise.all(
          [1, 2, 3].map(() =>
            admin.post<{ id: string; status: string }>(`/api/sites/${siteId}/retention/runs`),
          ),
        );
        expect(clicks.map((c) => c.status)).toEqual([202, 202, 202]);
        expect(new Set(clicks.map((c) => c.body.id)).size).toBe(1);
        expect(clicks[0]?.body.status).toBe("queued");

        const { jobs } = server().parley.ctx;
        await jobs.runDue();
        const runs = await admin.get<{ items: Record<string, unknown>[] }>(
          `/api/sites/${siteId}/retention/runs`,
        );
        expect(runs.status).toBe(200);
        const run = runs.body.items.find((r) => r.id === clicks[0]?.body.id);
        expect(run).toMatchObject({
          trigger: "manual",
          status: "done",
          removed: {
            activities: 3,
            anonymousVisitors: 1,
            pageViews: 0,
            transcripts: 0,
            reportEvents: 0,
            webhookDeliveries: 0,
          },
          requestedBy: me.body.user.id,
          more: false,
          error: null,
        });
        expect(run?.finishedAt).toBe(NOW);
        // Done: asking again makes a new run.
        const again = await admin.post<{ id: string }>(`/api/sites/${siteId}/retention/runs`);
        expect(again.body.id).not.toBe(clicks[0]?.body.id);
      } finally {
        restore();
      }
    });
  },
  { options: { jobs: { start: false } } },
);
