import type { WebhookDelivery, WebhookDeliveryDetail, WebhookPayload } from "@parley/protocol/webhooks";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { emailCaptureStream } from "../../testing/emailCaptureStream";
import { publishStream, quickSite, type TestSite, TestVisitor } from "../../testing/visitorClient";
import { startWebhookReceiver } from "../../testing/webhookReceiver";
import { documentedVerifier } from "../../testing/webhookSignatureRecipe";
import type { ApiClient } from "../../testing/apiClient";
import { emitWebhookEvents } from "./emitWebhookEvent";
import { MAX_DELIVERY_ATTEMPTS, RETRY_BASE_MS, RETRY_CAP_MS } from "./webhookRetry";

const T0 = "2026-03-01T10:00:00.000Z";
const time = frozenClock(T0);
const verify = documentedVerifier();
const receiver = await startWebhookReceiver();
let restoreClock: () => void;
beforeAll(() => {
  restoreClock = setClock(time);
});
afterAll(async () => {
  restoreClock();
  await receiver.close();
});

type Err = { error: { code: string; message: string } };

describeEachDatabase(
  "webhook deliveries against a local receiver",
  (server) => {
    let admin: ApiClient;
    let site: TestSite;
    const jobs = () => server().parley.ctx.jobs;
    const db = () => server().parley.ctx.store.db;
    const delivery = async (id: string) =>
      (await admin.get<WebhookDeliveryDetail>(`/api/sites/${site.id}/webhook-deliveries/${id}`)).body;
    const subscribe = async (eventTypes: string[], url = receiver.url) => {
      const res = await admin.post<{ subscription: { id: string }; secret: string }>(
        `/api/sites/${site.id}/webhooks`,
        { url, eventTypes, description: "CRM" },
      );
      expect(res.status).toBe(201);
      return { id: res.body.subscription.id, secret: res.body.secret };
    };
    /** An event written the way the engine writes them: in a transaction, with its deliveries. */
    const emit = (type: string, data: Record<string, unknown> = {}) =>
      db()
        .transaction()
        .execute((trx) =>
          emitWebhookEvents(trx, [{ siteId: site.id, type, at: new Date(time.now()).toISOString(), data }]),
        );
    const onlyDelivery = async (subscriptionId: string) => {
      const page = await admin.get<{ items: WebhookDelivery[] }>(
        `/api/sites/${site.id}/webhook-deliveries?subscriptionId=${subscriptionId}`,
      );
      expect(page.body.items).toHaveLength(1);
      return page.body.items[0] as WebhookDelivery;
    };
    const waitUntilNext = (d: WebhookDelivery) => Date.parse(d.nextAttemptAt as string) - time.now();

    beforeAll(async () => {
      admin = await server().admin();
      site = await quickSite(admin);
    });
    beforeEach(() => {
      receiver.calls.splice(0);
    });

    it("a given email is delivered after a 500 and a timeout, with backoff, one delivery id, a signature that verifies", async () => {
      const { id: subscriptionId, secret } = await subscribe(["activity.email_given"]);
      expect(secret).toMatch(/^whsec_/);
      // The secret is shown once: neither the list nor the subscription returns it again.
      const listed = await admin.get(`/api/sites/${site.id}/webhooks`);
      expect(JSON.stringify(listed.body)).not.toContain(secret);
      expect(
        JSON.stringify((await admin.get(`/api/sites/${site.id}/webhooks/${subscriptionId}`)).body),
      ).not.toContain(secret);

      const dialogueId = await publishStream(admin, site.id, emailCaptureStream);
      const visitor = await TestVisitor.arrive(server(), site);
      await visitor.start(dialogueId);
      await visitor.bot("question");
      visitor.send({ kind: "answer", value: "learning" });
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: "ada@example.com" });
      await visitor.bot("message");
      visitor.socket.close();

      receiver.script(500, "hang", 200);
      expect(await jobs().runDue()).toBeGreaterThanOrEqual(1);
      let d = await onlyDelivery(subscriptionId);
      expect(d).toMatchObject({
        type: "activity.email_given",
        status: "failed",
        attempts: 1,
        lastStatusCode: 500,
      });
      expect(d.lastError).toBe("HTTP 500");
      // The injected random is 0.5: the jitter's middle, exactly the base wait.
      expect(waitUntilNext(d)).toBe(RETRY_BASE_MS);
      time.advance(RETRY_BASE_MS - 1);
      expect(await jobs().runDue()).toBe(0);
      time.advance(1);
      expect(await jobs().runDue()).toBe(1);
      d = await onlyDelivery(subscriptionId);
      expect(d).toMatchObject({
        status: "failed",
        attempts: 2,
        lastStatusCode: null,
        lastError: "timed out",
      });
      expect(waitUntilNext(d)).toBe(2 * RETRY_BASE_MS);
      time.advance(2 * RETRY_BASE_MS);
      expect(await jobs().runDue()).toBe(1);
      d = await onlyDelivery(subscriptionId);
      expect(d).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200, nextAttemptAt: null });
      expect(d.deliveredAt).toBe(new Date(time.now()).toISOString());

      // Three calls: the same delivery id and the same bytes each time, each signed at its own time.
      expect(receiver.calls).toHaveLength(3);
      const bodies = new Set(receiver.calls.map((c) => c.body));
      expect(bodies.size).toBe(1);
      const payload = JSON.parse(receiver.calls[0]!.body) as WebhookPayload;
      expect(payload).toMatchObject({ id: d.id, type: "activity.email_given", siteId: site.id });
      expect(payload.data).toMatchObject({
        email: "ada@example.com",
        dialogueId,
        visitorId: visitor.visitorId,
      });
      for (const call of receiver.calls) {
        expect(call.headers["x-parley-delivery"]).toBe(d.id);
        expect(call.headers["x-parley-event"]).toBe("activity.email_given");
        expect(call.headers["content-type"]).toBe("application/json");
      }
      const last = receiver.calls[2]!;
      const signature = String(last.headers["x-parley-signature"]);
      const now = Math.floor(time.now() / 1000);
      expect(signature.startsWith(`t=${now},v1=`)).toBe(true);
      expect(last.headers["x-parley-timestamp"]).toBe(String(now));
      expect(verify(secret, signature, last.body, now)).toBe(true);
      // The recipe refuses another secret, a changed body and a timestamp outside its window.
      expect(verify("whsec_other", signature, last.body, now)).toBe(false);
      expect(verify(secret, signature, last.body.replace("ada@", "eve@"), now)).toBe(false);
      expect(verify(secret, signature, last.body, now + 5 * 60 + 1)).toBe(false);
      // The first call was signed three minutes earlier: still inside the five-minute window.
      const first = receiver.calls[0]!;
      expect(verify(secret, String(first.headers["x-parley-signature"]), first.body, now)).toBe(true);

      const detail = await delivery(d.id);
      expect(detail.payload).toEqual(payload);
      expect(detail.attemptLog.map((a) => [a.number, a.statusCode, a.error])).toEqual([
        [1, 500, "HTTP 500"],
        [2, null, "timed out"],
        [3, 200, null],
      ]);
      // Only an excerpt of the answer is kept.
      expect(detail.attemptLog[0]!.responseExcerpt).toMatch(/^answer 500 x+$/);
      expect(detail.attemptLog[0]!.responseExcerpt!.length).toBe(500);
    });

    it("gives up after the last attempt (dead), then a replay sends the same delivery again", async () => {
      const { id: subscriptionId, secret } = await subscribe(["activity.goal_reached"]);
      receiver.script(...Array.from({ length: MAX_DELIVERY_ATTEMPTS }, () => 503));
      await emit("activity.goal_reached", { goal: "Demo booked" });
      const waits: number[] = [];
      for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
        expect(await jobs().runDue()).toBe(1);
        const d = await onlyDelivery(subscriptionId);
        expect(d.attempts).toBe(attempt);
        if (attempt < MAX_DELIVERY_ATTEMPTS) {
          expect(d.status).toBe("failed");
          waits.push(waitUntilNext(d));
          time.advance(waitUntilNext(d));
        } else expect(d).toMatchObject({ status: "dead", nextAttemptAt: null, lastError: "HTTP 503" });
      }
      // Doubling from a minute, capped.
      expect(waits).toEqual(
        Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) =>
          Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** i),
        ),
      );
      expect(waits.at(-1)).toBe(RETRY_CAP_MS);
      time.advance(24 * 60 * 60_000);
      expect(await jobs().runDue()).toBe(0);
      expect(receiver.calls).toHaveLength(MAX_DELIVERY_ATTEMPTS);

      const dead = await onlyDelivery(subscriptionId);
      const replay = await admin.post<WebhookDelivery>(
        `/api/sites/${site.id}/webhook-deliveries/${dead.id}/replay`,
      );
      expect(replay.status).toBe(202);
      expect(replay.body).toMatchObject({ id: dead.id, status: "pending" });
      // Still being attempted: a second replay is refused.
      const again = await admin.post<Err>(`/api/sites/${site.id}/webhook-deliveries/${dead.id}/replay`);
      expect(again.status).toBe(409);
      expect(await jobs().runDue()).toBe(1);
      expect(await onlyDelivery(subscriptionId)).toMatchObject({
        id: dead.id,
        status: "delivered",
        attempts: MAX_DELIVERY_ATTEMPTS + 1,
      });
      const replayed = receiver.calls.at(-1)!;
      expect(replayed.headers["x-parley-delivery"]).toBe(dead.id);
      expect(replayed.body).toBe(receiver.calls[0]!.body);
      expect(
        verify(secret, String(replayed.headers["x-parley-signature"]), replayed.body, time.now() / 1000),
      ).toBe(true);
      // A delivered one may be replayed too.
      expect((await admin.post(`/api/sites/${site.id}/webhook-deliveries/${dead.id}/replay`)).status).toBe(
        202,
      );
      expect(await jobs().runDue()).toBe(1);
      expect((await delivery(dead.id)).attemptLog).toHaveLength(MAX_DELIVERY_ATTEMPTS + 2);
    });

    it("a redirect is not followed and counts as a failure; a test event is one attempt", async () => {
      const { id: subscriptionId } = await subscribe(["activity.completed"]);
      receiver.script(302);
      const test = await admin.post<WebhookDelivery>(`/api/sites/${site.id}/webhooks/${subscriptionId}/test`);
      expect(test.status).toBe(202);
      expect(test.body).toMatchObject({ type: "webhook.test", status: "pending" });
      expect(await jobs().runDue()).toBe(1);
      expect(await delivery(test.body.id)).toMatchObject({
        status: "dead",
        attempts: 1,
        lastStatusCode: 302,
        lastError: "HTTP 302: redirects are not followed",
      });
      // Only the receiver was called: not the redirect's target.
      expect(receiver.calls.map((c) => c.path)).toEqual(["/hook"]);
      expect(JSON.parse(receiver.calls[0]!.body)).toMatchObject({
        type: "webhook.test",
        data: { subscriptionId },
      });

      // An event answered with a permanent redirect: kept as it came, logged with why, tried again later.
      receiver.script(301);
      await emit("activity.completed", { after: "thanks" });
      expect(await jobs().runDue()).toBe(1);
      const [redirected] = (
        await admin.get<{ items: WebhookDelivery[] }>(
          `/api/sites/${site.id}/webhook-deliveries?subscriptionId=${subscriptionId}&type=activity.completed`,
        )
      ).body.items;
      expect(redirected).toMatchObject({
        status: "failed",
        attempts: 1,
        lastStatusCode: 301,
        lastError: "HTTP 301: redirects are not followed",
      });
      expect(waitUntilNext(redirected!)).toBe(RETRY_BASE_MS);
      const logged = await delivery(redirected!.id);
      expect(logged.attemptLog.map((a) => [a.number, a.statusCode, a.error])).toEqual([
        [1, 301, "HTTP 301: redirects are not followed"],
      ]);
      expect(receiver.calls.map((c) => c.path)).toEqual(["/hook", "/hook"]);
    });

    it("a secret that no longer opens ends the delivery with the reason; after a rotation a replay delivers", async () => {
      const { id: subscriptionId } = await subscribe(["activity.agent_left"]);
      const other = await subscribe(["activity.agent_left"]);
      // The sealed secret of another subscription, copied over behind the API's back: bound to its row.
      const { secret: sealedElsewhere } = await db()
        .selectFrom("webhook_subscriptions")
        .select("secret")
        .where("id", "=", other.id)
        .executeTakeFirstOrThrow();
      await db()
        .updateTable("webhook_subscriptions")
        .set({ secret: sealedElsewhere })
        .where("id", "=", subscriptionId)
        .execute();
      await admin.delete(`/api/sites/${site.id}/webhooks/${other.id}`);
      await emit("activity.agent_left", { reason: "agent" });
      expect(await jobs().runDue()).toBe(1);
      const d = await onlyDelivery(subscriptionId);
      expect(d).toMatchObject({ status: "dead", attempts: 0 });
      expect(d.lastError).toBe(
        "the webhook signing secret does not open: it was altered, copied from another row or sealed with another SECRET_KEY; rotate the subscription's secret, then replay",
      );
      expect(receiver.calls).toHaveLength(0);

      const rotated = await admin.post<{ secret: string }>(
        `/api/sites/${site.id}/webhooks/${subscriptionId}/rotate-secret`,
      );
      expect((await admin.post(`/api/sites/${site.id}/webhook-deliveries/${d.id}/replay`)).status).toBe(202);
      expect(await jobs().runDue()).toBe(1);
      expect(await onlyDelivery(subscriptionId)).toMatchObject({ status: "delivered" });
      const call = receiver.calls[0]!;
      expect(
        verify(rotated.body.secret, String(call.headers["x-parley-signature"]), call.body, time.now() / 1000),
      ).toBe(true);
    });

    it("an event whose transaction rolls back sends nothing", async () => {
      const { id: subscriptionId } = await subscribe(["activity.dropped"]);
      await expect(
        db()
          .transaction()
          .execute(async (trx) => {
            await emitWebhookEvents(trx, [
              { siteId: site.id, type: "activity.dropped", at: new Date(time.now()).toISOString(), data: {} },
            ]);
            throw new Error("the change failed");
          }),
      ).rejects.toThrow("the change failed");
      expect(await jobs().runDue()).toBe(0);
      expect(receiver.calls).toHaveLength(0);
      const page = await admin.get<{ items: unknown[] }>(
        `/api/sites/${site.id}/webhook-deliveries?subscriptionId=${subscriptionId}`,
      );
      expect(page.body.items).toEqual([]);
    });

    it("a rotated secret signs the next attempts; an inactive subscription gets nothing new", async () => {
      const { id: subscriptionId, secret: old } = await subscribe(["activity.consent_given"]);
      const rotated = await admin.post<{ secret: string }>(
        `/api/sites/${site.id}/webhooks/${subscriptionId}/rotate-secret`,
      );
      expect(rotated.status).toBe(200);
      expect(rotated.body.secret).not.toBe(old);
      await emit("activity.consent_given", { accepted: true });
      expect(await jobs().runDue()).toBe(1);
      const call = receiver.calls[0]!;
      const now = time.now() / 1000;
      expect(verify(rotated.body.secret, String(call.headers["x-parley-signature"]), call.body, now)).toBe(
        true,
      );
      expect(verify(old, String(call.headers["x-parley-signature"]), call.body, now)).toBe(false);

      const patched = await admin.patch(`/api/sites/${site.id}/webhooks/${subscriptionId}`, {
        active: false,
      });
      expect(patched.body).toMatchObject({ active: false });
      await emit("activity.consent_given", { accepted: false });
      expect(await jobs().runDue()).toBe(0);
      expect(receiver.calls).toHaveLength(1);
      expect((await admin.post<Err>(`/api/sites/${site.id}/webhooks/${subscriptionId}/test`)).status).toBe(
        409,
      );
    });

    it("the outbound guard refuses private addresses at save and at delivery, unless allowed", async () => {
      // 127.0.0.1 is allowed (PARLEY_OUTBOUND_ALLOW); other private hosts are not, by name or number.
      for (const url of [
        `http://localhost:${receiver.port}/hook`,
        "http://10.1.2.3/hook",
        "http://169.254.169.254/latest/meta-data",
        "https://[::1]/hook",
      ]) {
        const res = await admin.post<Err>(`/api/sites/${site.id}/webhooks`, {
          url,
          eventTypes: ["activity.engaged"],
        });
        expect(res.status, url).toBe(400);
        expect(res.body.error.message).toMatch(/not a public address/);
      }
      for (const url of ["ftp://example.com/x", "https://user:pw@example.com/x", "not a url"]) {
        const res = await admin.post<Err>(`/api/sites/${site.id}/webhooks`, {
          url,
          eventTypes: ["activity.engaged"],
        });
        expect(res.status, url).toBe(400);
      }
      const typeless = await admin.post<Err>(`/api/sites/${site.id}/webhooks`, {
        url: receiver.url,
        eventTypes: ["activity.nonsense"],
      });
      expect(typeless.status).toBe(400);

      // A URL that became private after it was saved (here: written behind the API's back) is refused when it connects.
      const { id: subscriptionId } = await subscribe(["activity.engaged"]);
      await db()
        .updateTable("webhook_subscriptions")
        .set({ url: `http://localhost:${receiver.port}/hook` })
        .where("id", "=", subscriptionId)
        .execute();
      const test = await admin.post<WebhookDelivery>(`/api/sites/${site.id}/webhooks/${subscriptionId}/test`);
      expect(await jobs().runDue()).toBe(1);
      const refused = await delivery(test.body.id);
      expect(refused.status).toBe("dead");
      expect(refused.lastError).toMatch(/^refused: localhost resolves to .*not a public address/);
      expect(receiver.calls).toHaveLength(0);
    });

    it("lists deliveries newest first with cursor paging and filters; another site's are not found", async () => {
      const { id: subscriptionId } = await subscribe(["activity.triggered", "activity.engaged"]);
      for (let i = 0; i < 5; i++) {
        time.advance(1000);
        await emit(i % 2 ? "activity.engaged" : "activity.triggered", { i });
      }
      const all = `/api/sites/${site.id}/webhook-deliveries?subscriptionId=${subscriptionId}`;
      const base = `${all}&limit=2`;
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: WebhookDelivery[]; nextCursor: string | null } } = await admin.get(
          cursor ? `${base}&cursor=${encodeURIComponent(cursor)}` : base,
        );
        for (const item of page.body.items) seen.push(Date.parse(item.createdAt));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(5);
      expect([...seen].sort((a, b) => b - a)).toEqual(seen);
      const engaged = await admin.get<{ items: WebhookDelivery[] }>(`${all}&type=activity.engaged`);
      expect(engaged.body.items.map((d) => d.type)).toEqual(["activity.engaged", "activity.engaged"]);
      const pending = await admin.get<{ items: WebhookDelivery[] }>(`${all}&status=delivered`);
      expect(pending.body.items).toEqual([]);
      expect((await admin.get(`${base}&cursor=garbage`)).status).toBe(400);
      await jobs().runDue();

      const other = await quickSite(admin);
      const someId = engaged.body.items[0]!.id;
      expect((await admin.get(`/api/sites/${other.id}/webhook-deliveries/${someId}`)).status).toBe(404);
      expect((await admin.get(`/api/sites/${other.id}/webhooks/${subscriptionId}`)).status).toBe(404);
      expect((await admin.delete(`/api/sites/${other.id}/webhooks/${subscriptionId}`)).status).toBe(404);
      expect((await admin.delete(`/api/sites/${site.id}/webhooks/${subscriptionId}`)).status).toBe(200);
      expect((await admin.get(`/api/sites/${site.id}/webhook-deliveries/${someId}`)).status).toBe(404);
    });
  },
  {
    env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" },
    options: { jobs: { start: false }, webhook: { timeoutMs: 300 }, random: () => 0.5 },
  },
);
