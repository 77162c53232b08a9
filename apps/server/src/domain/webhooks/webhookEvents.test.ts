import type { WebhookPayload } from "@parley/protocol/webhooks";
import { expect, it } from "vitest";
import { assignedChat } from "../../testing/assignedChat";
import {
  book,
  bookingRig,
  host,
  MONDAY_6AM,
  publishMeeting,
  visitorAtMeeting,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { frozenClockEachTest } from "../../testing/liveChatRig";
import { quickSite } from "../../testing/visitorClient";
import type { TestServer } from "../../testing/testServer";

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
      const ada = await host(rig);
      const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
      const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
      const booked = await book(server(), visitor, offerId, "2027-03-01T09:00:00.000Z", {
        name: "Grace Hopper",
      });
      expect(booked.status).toBe(200);
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
