import { expect, it } from "vitest";
import { agentSocket, assignedChat } from "../../testing/assignedChat";
import {
  book,
  bookingRig,
  host,
  MONDAY_6AM,
  meetingsOf,
  readOffer,
  startsOf,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import { frozenClockEachTest } from "../../testing/liveChatRig";
import { MEETING_RESULT_JOB } from "./runMeetingResult";

describeEachDatabase(
  "sharing a booking in a live chat",
  (server) => {
    frozenClockEachTest(MONDAY_6AM);

    it("the chat's agent shares a host's booking: both sides get it in order, and the visitor books that host", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig);
      await host(rig, { timeZone: "America/New_York" });
      const chat = await assignedChat(server(), rig.admin, { site: rig.site });
      const inbox = await agentSocket(server(), chat.agent.client, chat.conversationId);
      const lastSeq = async () =>
        (
          await server()
            .parley.ctx.store.db.selectFrom("conversations")
            .select("last_seq")
            .where("id", "=", chat.conversationId)
            .executeTakeFirstOrThrow()
        ).last_seq;
      const before = await lastSeq();

      const url = `/api/sites/${rig.site.id}/chats/${chat.chatId}/booking`;
      const shared = await chat.agent.client.post<{ offerId: string; seq: number }>(url, { agentId: ada.id });
      expect(shared.status).toBe(200);
      expect(shared.body.seq).toBe(before + 1);
      const message = await chat.visitor.message((m) => m.author === "agent");
      expect(message).toMatchObject({
        seq: shared.body.seq,
        body: {
          type: "meeting",
          offerId: shared.body.offerId,
          agentName: ada.name,
          agent: { id: chat.agent.id },
        },
      });
      const seen = await inbox.next((f) => f.type === "event" && f.name === "chat.messages");
      expect(JSON.stringify(seen.data)).toContain(shared.body.offerId);
      inbox.close();

      const view = (await readOffer(server(), chat.visitor, shared.body.offerId, "Europe/Berlin")).body;
      expect(view).toMatchObject({ status: "open", hostName: ada.name });
      expect(startsOf(view)[0]).toBe("2027-03-01T08:00:00.000Z");
      expect(startsOf(view)).toHaveLength(32);
      const booked = await book(server(), chat.visitor, shared.body.offerId, "2027-03-01T10:00:00.000Z");
      expect(booked.status).toBe(200);
      expect(booked.body.agentName).toBe(ada.name);
      const [meeting] = await meetingsOf(rig);
      expect(meeting).toMatchObject({
        source: "shared",
        user_id: ada.id,
        conversation_id: chat.conversationId,
      });
      // No card waits for a shared booking: no engine result.
      const results = await server()
        .parley.ctx.store.db.selectFrom("jobs")
        .select("id")
        .where("kind", "=", MEETING_RESULT_JOB)
        .where("payload", "like", `%${chat.conversationId}%`)
        .execute();
      expect(results).toEqual([]);
    });

    it("only the chat's agent may share, only a host of the site; a refusal posts nothing", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig);
      const chat = await assignedChat(server(), rig.admin, { site: rig.site });
      const url = `/api/sites/${rig.site.id}/chats/${chat.chatId}/booking`;
      const colleague = await buildUser(server(), rig.admin, "live_agent", { siteIds: [rig.site.id] });

      const notHost = await chat.agent.client.post<{ error: { message: string } }>(url, {
        agentId: chat.agent.id,
      });
      expect(notHost.status).toBe(400);
      expect(notHost.body.error.message).toMatch(/agentId is not someone visitors can book/);
      expect((await colleague.client.post(url, { agentId: ada.id })).status).toBe(403);
      expect(
        (
          await chat.agent.client.post(`/api/sites/${rig.site.id}/chats/${crypto.randomUUID()}/booking`, {
            agentId: ada.id,
          })
        ).status,
      ).toBe(404);
      const { db } = server().parley.ctx.store;
      const agentMessages = await db
        .selectFrom("messages")
        .select("seq")
        .where("conversation_id", "=", chat.conversationId)
        .where("author", "=", "agent")
        .execute();
      expect(agentMessages).toEqual([]);
      const offers = await db
        .selectFrom("meeting_offers")
        .select("id")
        .where("site_id", "=", rig.site.id)
        .execute();
      expect(offers).toEqual([]);
    });
  },
  { options: { jobs: { start: false } } },
);
