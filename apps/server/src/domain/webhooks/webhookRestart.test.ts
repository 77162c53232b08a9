import type { WebhookDeliveryDetail } from "@parley/protocol/webhooks";
import { afterAll, describe, expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";
import { quickSite } from "../../testing/visitorClient";
import { startWebhookReceiver } from "../../testing/webhookReceiver";
import { WEBHOOK_DELIVERY_JOB } from "./enqueueDelivery";
import { emitWebhookEvents } from "./emitWebhookEvent";
import { RETRY_BASE_MS } from "./webhookRetry";

const serverOptions = (start: boolean) => ({
  env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
  options: { jobs: { start, pollMs: 20 }, random: () => 0.5 },
});

const time = frozenClock("2026-03-01T10:00:00.000Z");
const restoreClock = setClock(time);
afterAll(restoreClock);

for (const kind of DATABASE_KINDS) {
  describe(`webhook deliveries across a server restart [${kind}]`, () => {
    let db: TestDatabase;
    const servers: TestServer[] = [];
    afterAll(async () => {
      for (const s of servers) await s.close();
      await db?.drop();
    });

    it("a delivery that failed before the app stopped is retried by the next app on the same database", async () => {
      db = await createTestDatabase(kind);
      let receiver = await startWebhookReceiver();
      const first = await startTestServer(db, serverOptions(false));
      servers.push(first);
      const admin = await first.admin();
      const site = await quickSite(admin);
      const created = await admin.post<{ subscription: { id: string } }>(`/api/sites/${site.id}/webhooks`, {
        url: receiver.url,
        eventTypes: ["activity.email_given"],
      });
      await first.parley.ctx.store.db.transaction().execute((trx) =>
        emitWebhookEvents(trx, [
          {
            siteId: site.id,
            type: "activity.email_given",
            at: new Date(time.now()).toISOString(),
            data: {},
          },
        ]),
      );
      receiver.script(500);
      expect(await first.parley.ctx.jobs.runDue()).toBe(1);
      await first.close();
      servers.pop();

      // While no app runs, the receiver goes down too: the next attempt meets a refused connection.
      const port = receiver.port;
      await receiver.close();
      time.advance(RETRY_BASE_MS);
      const second = await startTestServer(db, serverOptions(false));
      servers.push(second);
      const settled = () =>
        second.parley.ctx.jobs.waitFor((s) => s.job.kind === WEBHOOK_DELIVERY_JOB && s.outcome === "done");
      let next = settled();
      await second.parley.ctx.jobs.start();
      await next;

      receiver = await startWebhookReceiver(200, port);
      const arrived = receiver.nextCall();
      next = settled();
      time.advance(2 * RETRY_BASE_MS);
      second.parley.ctx.jobs.poke();
      const call = await arrived;
      await next;
      await receiver.close();

      const admin2 = await second.admin();
      const page = await admin2.get<{ items: { id: string }[] }>(
        `/api/sites/${site.id}/webhook-deliveries?subscriptionId=${created.body.subscription.id}`,
      );
      expect(page.body.items).toHaveLength(1);
      const id = page.body.items[0]!.id;
      expect(call.headers["x-parley-delivery"]).toBe(id);
      const detail = (
        await admin2.get<WebhookDeliveryDetail>(`/api/sites/${site.id}/webhook-deliveries/${id}`)
      ).body;
      expect(detail).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200 });
      expect(detail.attemptLog.map((a) => a.statusCode)).toEqual([500, null, 200]);
      expect(detail.attemptLog[1]!.error).toMatch(/ECONNREFUSED/);
    });
  });
}
