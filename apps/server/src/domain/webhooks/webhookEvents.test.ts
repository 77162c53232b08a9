import type { WebhookPayload } from "@parley/protocol/webhooks";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeEach, expect, it } from "vitest";
import type { Database } from "../../store/schema";
import { signManageToken } from "../meetings/manageToken";
import { assignedChat } from "../../testing/assignedChat";
import {
  book,
  type BookingRig,
  bookingRig,
  host,
  MONDAY_6AM,
  publishMeeting,
  visitorAtMeeting,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import {
  chatOf,
  frozenClockEachTest,
  liveAgent,
  liveChatRig,
  openOffer,
  publishLiveChat,
  setSettings,
  visitorAsks,
} from "../../testing/liveChatRig";
import { publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";
import type { TestServer } from "../../testing/testServer";
import { startWebhookReceiver } from "../../testing/webhookReceiver";

/** The bodies of the site's deliveries, oldest first, as they will be POSTed. */
async function sent(server: TestServer, siteId: string): Promise<WebhookPayload[]> {
  const rows = await server.parley.ctx.store.db
    .selectFrom("webhook_deliveries")
    .select(["payload", "created_at", "id"])
    .where("site_id", "=", siteId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => JSON.parse(r.payload) as WebhookPayload);
}

/** Grace Hopper books Ada (a new host of the rig's site) through a Meeting card, Monday 09:00 UTC. */
async function graceBooksAda(rig: BookingRig) {
  const ada = await host(rig);
  const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
  const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
  const booked = await book(rig.server, visitor, offerId, "2027-03-01T09:00:00.000Z", {
    name: "Grace Hopper",
  });
  expect(booked.status).toBe(200);
  return { ada, booked };
}

describeEachDatabase(
  "webhook events of meetings and live chats",
  (server) => {
    frozenClockEachTest(MONDAY_6AM);

    it("a booking, then an agent's cancellation, each send their event to the subscriptions that want it", async () => {
      const rig = await bookingRig(server());
      const subscribe = (eventTypes: string[]) =>
        rig.admin.post(`/api/sites/${rig.site.id}/webhooks`, {
          url: "https://hooks.example.com/in",
          eventTypes,
        });
      expect(
        (await subscribe(["meeting.booked", "meeting.cancelled", "activity.meeting_scheduled"])).status,
      ).toBe(201);
      expect((await subscribe(["meeting.no_show"])).status).toBe(201);
      const { ada, booked } = await graceBooksAda(rig);
      const cancelled = await rig.admin.patch(`/api/meetings/${booked.body.meetingId}`, {
        status: "cancelled",
        reason: "Double booked",
      });
      expect(cancelled.status).toBe(200);

      const payloads = await sent(server(), rig.site.id);
      // The no-show subscription got nothing; the other one each event once.
      expect(payloads.map((p) => p.type).sort()).toEqual(
        ["activity.meeting_scheduled", "meeting.booked", "meeting.cancelled"].sort(),
      );
      const bookedEvent = payloads.find((p) => p.type === "meeting.booked")!;
      expect(bookedEvent.data).toMatchObject({
        meetingId: booked.body.meetingId,
        status: "upcoming",
        start: "2027-03-01T09:00:00.000Z",
        agent: { id: ada.id },
        visitorName: "Grace Hopper",
      });
      expect(payloads.find((p) => p.type === "meeting.cancelled")!.data).toMatchObject({
        meetingId: booked.body.meetingId,
        status: "cancelled",
        cancelReason: "Double booked",
      });
    });

    it("a live chat sends requested, connected and ended", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      await admin.post(`/api/sites/${site.id}/webhooks`, {
        url: "https://hooks.example.com/chat",
        eventTypes: ["livechat.requested", "livechat.connected", "livechat.ended", "livechat.missed"],
      });
      const chat = await assignedChat(server(), admin, { site });
      expect((await chat.agent.client.post(`/api/sites/${site.id}/chats/${chat.chatId}/end`)).status).toBe(
        200,
      );
      const payloads = await sent(server(), site.id);
      // Under the frozen clock they share one instant: compared as a set, then by type.
      expect(payloads.map((p) => p.type).sort()).toEqual([
        "livechat.connected",
        "livechat.ended",
        "livechat.requested",
      ]);
      for (const p of payloads)
        expect(p.data).toMatchObject({ chatId: chat.chatId, conversationId: chat.conversationId });
      const of = (type: string) => payloads.find((p) => p.type === type)!.data;
      expect(of("livechat.requested")).toMatchObject({ status: "routing", agent: null });
      expect(of("livechat.connected")).toMatchObject({ status: "assigned", agent: { id: chat.agent.id } });
      expect(of("livechat.ended")).toMatchObject({ status: "ended", endReason: "agent" });
    });
  },
  { options: { jobs: { start: false } } },
);

const receiver = await startWebhookReceiver();
afterAll(() => receiver.close());

describeEachDatabase(
  "webhook events of reschedules, no-shows, missed chats and opened content, at a local receiver",
  (server, kind) => {
    const clock = frozenClockEachTest(MONDAY_6AM);
    beforeEach(() => {
      receiver.calls.splice(0);
    });
    /** Runs the due jobs (the worker is off), then what the receiver got, by event type. */
    const received = async () => {
      await server().parley.ctx.jobs.runDue();
      return receiver.calls.map((c) => JSON.parse(c.body) as WebhookPayload);
    };

    it("the visitor's reschedule, then the host's no-show mark, each reach the receiver with the meeting", async () => {
      const rig = await bookingRig(server());
      const subscribed = await rig.admin.post(`/api/sites/${rig.site.id}/webhooks`, {
        url: receiver.url,
        eventTypes: ["meeting.rescheduled", "meeting.no_show"],
      });
      expect(subscribed.status).toBe(201);
      const { ada, booked } = await graceBooksAda(rig);
      const { meetingId } = booked.body;
      // Booking is not among the subscription's events: nothing yet.
      expect(await received()).toEqual([]);

      // The visitor's link moves it two hours later.
      const token = signManageToken(
        server().parley.ctx.secretKey,
        meetingId,
        Date.parse("2027-03-02T00:00Z"),
      );
      const moved = await server().anonymous().post("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-01T11:00:00.000Z",
        timeZone: "Europe/Paris",
      });
      expect(moved.status).toBe(200);
      const [rescheduled, ...more] = await received();
      expect(more).toEqual([]);
      expect(rescheduled).toMatchObject({
        type: "meeting.rescheduled",
        siteId: rig.site.id,
        data: {
          meetingId,
          start: "2027-03-01T11:00:00.000Z",
          end: "2027-03-01T11:30:00.000Z",
          rescheduleCount: 1,
          visitorName: "Grace Hopper",
          visitorTimeZone: "Europe/Paris",
          agent: { id: ada.id },
        },
      });
      expect(receiver.calls[0]!.headers["x-parley-event"]).toBe("meeting.rescheduled");

      // Once it has started, the host marks that nobody came.
      receiver.calls.splice(0);
      clock().set("2027-03-01T11:10:00.000Z");
      const marked = await rig.admin.patch(`/api/meetings/${meetingId}`, { status: "no_show" });
      expect(marked.status).toBe(200);
      const [noShow, ...after] = await received();
      expect(after).toEqual([]);
      expect(noShow).toMatchObject({
        type: "meeting.no_show",
        data: { meetingId, status: "no_show", start: "2027-03-01T11:00:00.000Z", agent: { id: ada.id } },
      });
    });

    it("a chat whose only offer times out ends in the fallback and sends livechat.missed", async () => {
      const rig = await liveChatRig(server());
      await setSettings(rig, { maxAttempts: 1, queueEnabled: false });
      await rig.admin.post(`/api/sites/${rig.site.id}/webhooks`, {
        url: receiver.url,
        eventTypes: ["livechat.missed", "livechat.connected"],
      });
      const agent = await liveAgent(rig);
      const dialogueId = await publishLiveChat(rig, { strategy: "round_robin" });
      const visitor = await visitorAsks(rig, dialogueId, "ada@example.org");
      await rig.runJobs();
      expect(await openOffer(agent)).toHaveLength(1);
      // Nothing yet: the chat is only offered.
      expect(receiver.calls).toEqual([]);

      // The agent lets the offer run out (the accept timeout is 100 s); one attempt was all there was.
      clock().advance(120_000);
      await rig.runJobs();
      const chat = await chatOf(rig, visitor.conversationId);
      expect(chat).toMatchObject({ status: "fallback", end_reason: "fallback" });
      const payloads = await received();
      expect(payloads.map((p) => p.type)).toEqual(["livechat.missed"]);
      expect(payloads[0]!.data).toMatchObject({
        chatId: chat.id,
        conversationId: visitor.conversationId,
        visitorId: visitor.visitorId,
        dialogueId,
        status: "fallback",
        endReason: "fallback",
        agent: null,
        reason: "max_attempts",
      });
    });

    it("opening a Content card's document writes the activity and its delivery together, or neither", async () => {
      const admin = await server().admin();
      const site = await quickSite(admin);
      await admin.post(`/api/sites/${site.id}/webhooks`, {
        url: receiver.url,
        eventTypes: ["activity.content_opened"],
      });
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
      const { db } = server().parley.ctx.store;
      const opens = () =>
        db
          .selectFrom("activities")
          .select("id")
          .where("visitor_id", "=", visitor.visitorId)
          .where("type", "=", "content_opened")
          .execute();

      // The database refuses the delivery (a trigger): the open is not recorded either.
      await refuseDeliveries(kind, db, true);
      try {
        expect((await fetch(link, { redirect: "manual" })).status).toBe(500);
      } finally {
        await refuseDeliveries(kind, db, false);
      }
      expect(await opens()).toEqual([]);

      const res = await fetch(link, { redirect: "manual" });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("https://example.com/guide.pdf");
      const [open] = await opens();
      const payloads = await received();
      expect(payloads).toHaveLength(1);
      expect(payloads[0]).toMatchObject({
        type: "activity.content_opened",
        siteId: site.id,
        data: {
          activityId: open!.id,
          visitorId: visitor.visitorId,
          dialogueId,
          conversationId: visitor.conversationId,
          cardId: "doc",
          url: "https://example.com/guide.pdf",
          title: "Guide",
        },
      });
    });
  },
  { env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1" }, options: { jobs: { start: false } } },
);

/** A trigger that makes every insert into webhook_deliveries fail (on), or none (off). */
async function refuseDeliveries(kind: "sqlite" | "postgres", db: Kysely<Database>, on: boolean) {
  const statements =
    kind === "sqlite"
      ? on
        ? [
            `CREATE TRIGGER refuse_deliveries BEFORE INSERT ON webhook_deliveries
             BEGIN SELECT RAISE(ABORT, 'deliveries refused'); END`,
          ]
        : ["DROP TRIGGER refuse_deliveries"]
      : on
        ? [
            `CREATE FUNCTION refuse_deliveries() RETURNS trigger AS $$
             BEGIN RAISE EXCEPTION 'deliveries refused'; END $$ LANGUAGE plpgsql`,
            `CREATE TRIGGER refuse_deliveries BEFORE INSERT ON webhook_deliveries
             FOR EACH ROW EXECUTE FUNCTION refuse_deliveries()`,
          ]
        : ["DROP TRIGGER refuse_deliveries ON webhook_deliveries", "DROP FUNCTION refuse_deliveries()"];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
