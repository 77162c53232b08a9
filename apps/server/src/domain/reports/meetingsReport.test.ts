import { expect, it } from "vitest";
import { signManageToken } from "../meetings/manageToken";
import {
  book,
  bookingRig,
  type BookingRig,
  host,
  meetingStream,
  visitorAtMeeting,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { assignedChat } from "../../testing/assignedChat";
import { frozenClockEachTest, liveChatStream } from "../../testing/liveChatRig";
import { insertMeeting } from "../../testing/meetingFactory";
import { pick, report, tableOf, totalsOf } from "../../testing/reportClient";
import { publishStream, TestVisitor } from "../../testing/visitorClient";

/** Sunday 28 February 2027, 22:00 in Los Angeles (PST, UTC−8): Monday 06:00 UTC. */
const SUNDAY_NIGHT_LA = "2027-03-01T06:00:00.000Z";
const ZONE = "America/Los_Angeles";
const COUNTS = ["booked", "upcoming", "happened", "cancelled", "noShows", "rescheduled", "noShowRate"];

async function named(rig: BookingRig, id: string, name: string) {
  const res = await rig.admin.patch(`/api/users/${id}`, { name });
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
}

/** A visitor books `start` through the dialogue's Meeting card (the widget's own calls); the meeting id. */
async function booked(rig: BookingRig, dialogueId: string, start: string): Promise<string> {
  const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
  const res = await book(rig.server, visitor, offerId, start);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  visitor.socket.close();
  return res.body.meetingId;
}

/**
 * A visitor books `first` (the booking's email makes them a person with an email), comes back and
 * books `again` in a new conversation, known from its start; the second meeting's id.
 */
async function bookedAgain(rig: BookingRig, dialogueId: string, first: string, again: string) {
  const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
  expect((await book(rig.server, visitor, offerId, first)).status).toBe(200);
  await visitor.start(dialogueId);
  const prompt = await visitor.bot("meeting");
  const res = await book(rig.server, visitor, prompt.body.offerId as string, again);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  visitor.socket.close();
  return res.body.meetingId;
}

/** Nobody takes the visitor's live chat (Ada is no live agent): the card's fallback offers her meetings. */
async function bookedOnFallback(rig: BookingRig, dialogueId: string, start: string) {
  const visitor = await TestVisitor.arrive(rig.server, rig.site);
  await visitor.start(dialogueId);
  await visitor.bot("capture");
  visitor.send({ kind: "answer", value: "fallback@example.org" });
  await visitor.bot("liveChat");
  await visitor.socket.next((f) => f.type === "step.finished");
  await rig.runJobs();
  await rig.runJobs();
  const prompt = await visitor.bot("meeting");
  const res = await book(rig.server, visitor, prompt.body.offerId as string, start);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  visitor.socket.close();
}

/** An agent in a live chat shares the host's booking link; the visitor books `start` with it. */
async function bookedBySharedLink(rig: BookingRig, hostId: string, start: string) {
  const chat = await assignedChat(rig.server, rig.admin, { site: rig.site });
  const shared = await chat.agent.client.post<{ offerId: string }>(
    `/api/sites/${rig.site.id}/chats/${chat.chatId}/booking`,
    { agentId: hostId },
  );
  if (shared.status !== 200) throw new Error(JSON.stringify(shared.body));
  const res = await book(rig.server, chat.visitor, shared.body.offerId, start);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  chat.visitor.socket.close();
  const { dialogue_id } = await rig.server.parley.ctx.store.db
    .selectFrom("conversations")
    .select("dialogue_id")
    .where("id", "=", chat.conversationId)
    .executeTakeFirstOrThrow();
  return dialogue_id;
}

describeEachDatabase(
  "the meetings report",
  (server) => {
    const clockNow = frozenClockEachTest(SUNDAY_NIGHT_LA);

    it("counts the meetings booked on each Los Angeles day by their status now, by host, dialogue and where they were booked", async () => {
      const rig = await bookingRig(server());
      expect((await rig.admin.patch(`/api/sites/${rig.site.id}`, { timeZone: ZONE })).status).toBe(200);
      const ada = await host(rig);
      const bob = await host(rig);
      await named(rig, ada.id, "Ada Host");
      await named(rig, bob.id, "Bob Host");
      const demo = await publishStream(
        rig.admin,
        rig.site.id,
        meetingStream({ strategy: "specific_agent", agentId: ada.id }),
        { name: "Demo request" },
      );
      const pricing = await publishStream(
        rig.admin,
        rig.site.id,
        meetingStream({ strategy: "specific_agent", agentId: bob.id }),
        { name: "=Pricing" },
      );

      // Sunday evening in Los Angeles: two meetings with Ada for Monday morning (Berlin hours).
      const noShow = await booked(rig, demo, "2027-03-01T08:00:00.000Z");
      await booked(rig, demo, "2027-03-01T08:30:00.000Z");
      // Just after midnight, Monday in Los Angeles: three more, one moved and one cancelled.
      clockNow().set("2027-03-01T08:05:00.000Z");
      const talk = await publishStream(
        rig.admin,
        rig.site.id,
        liveChatStream(
          { strategy: "specific_agent", agentId: ada.id, fallbackToRoundRobin: false },
          { offerMeetingOnFallback: true },
        ),
        { name: "Talk to sales" },
      );
      await bookedOnFallback(rig, talk, "2027-03-02T13:00:00.000Z");
      const support = await bookedBySharedLink(rig, bob.id, "2027-03-02T12:00:00.000Z");
      expect(
        (await rig.admin.patch(`/api/sites/${rig.site.id}/dialogues/${support}`, { name: "Support chat" }))
          .status,
      ).toBe(200);
      // The 15:00 one by a visitor who booked 14:00 first: known when that second conversation began.
      const cancelled = await bookedAgain(
        rig,
        pricing,
        "2027-03-01T14:00:00.000Z",
        "2027-03-01T15:00:00.000Z",
      );
      const moved = await booked(rig, demo, "2027-03-02T10:00:00.000Z");
      const token = signManageToken(
        rig.server.parley.ctx.secretKey,
        moved,
        Date.parse("2027-03-03T00:00:00Z"),
      );
      const rescheduled = await rig.server.anonymous().post("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-02T11:00:00.000Z",
        timeZone: "Europe/Paris",
      });
      expect(rescheduled.status).toBe(200);
      expect((await bob.client.patch(`/api/meetings/${cancelled}`, { status: "cancelled" })).status).toBe(
        200,
      );

      // 01:10 in Los Angeles: Ada's 08:00 UTC visitor never came; her 08:30 one is over.
      clockNow().set("2027-03-01T09:10:00.000Z");
      expect((await ada.client.patch(`/api/meetings/${noShow}`, { status: "no_show" })).status).toBe(200);
      const { db } = rig.server.parley.ctx.store;
      // A meeting whose person is gone (erased: no person), as the row is left.
      await insertMeeting(db, {
        site_id: rig.site.id,
        user_id: bob.id,
        dialogue_id: pricing,
        starts_at: "2027-03-02T14:00:00.000Z",
        ends_at: "2027-03-02T14:30:00.000Z",
        created_at: "2027-03-01T09:10:00.000Z",
      });
      // Not counted: booked before the range (Saturday in Los Angeles), and another site's.
      await insertMeeting(db, {
        site_id: rig.site.id,
        user_id: bob.id,
        dialogue_id: pricing,
        person_id: null,
        starts_at: "2027-03-02T15:00:00.000Z",
        ends_at: "2027-03-02T15:30:00.000Z",
        created_at: "2027-02-28T07:59:59.999Z",
      });
      const other = await bookingRig(server());
      const stranger = await host(other);
      await insertMeeting(db, {
        site_id: other.site.id,
        user_id: stranger.id,
        starts_at: "2027-03-02T13:00:00.000Z",
        ends_at: "2027-03-02T13:30:00.000Z",
      });

      const days = { from: "2027-02-28", to: "2027-03-01" };
      const all = await report(rig.admin, rig.site.id, "meetings", days);
      expect(all.range).toEqual({ ...days, timeZone: ZONE });
      expect(totalsOf(all)).toEqual({
        booked: 8,
        upcoming: 5,
        happened: 1,
        cancelled: 1,
        noShows: 1,
        rescheduled: 1,
        noShowRate: 0.5,
      });
      const row = (values: number[], noShowRate: number | null) => ({
        ...Object.fromEntries(COUNTS.slice(0, 6).map((k, i) => [k, values[i]])),
        noShowRate,
      });
      expect(pick(tableOf(all, "trend"), ["day", ...COUNTS])).toEqual([
        { day: "2027-02-28", ...row([2, 0, 1, 0, 1, 0], 0.5) },
        { day: "2027-03-01", ...row([6, 5, 0, 1, 0, 1], null) },
      ]);
      expect(pick(tableOf(all, "byAgent"), ["agentId", "agent", ...COUNTS])).toEqual([
        { agentId: ada.id, agent: "Ada Host", ...row([4, 2, 1, 0, 1, 1], 0.5) },
        { agentId: bob.id, agent: "Bob Host", ...row([4, 3, 0, 1, 0, 0], null) },
      ]);
      const byDialogue = tableOf(all, "byDialogue");
      expect(byDialogue.columns.map((c) => c.label)).toEqual([
        "Dialogue id",
        "Dialogue",
        "Kind",
        "Booked",
        "Upcoming",
        "Happened",
        "Cancelled",
        "No-shows",
        "Rescheduled",
        "No-show rate",
        "Meeting card",
        "Live chat fallback",
        "Shared link",
      ]);
      const sources = (fromCard: number, fromLiveChat: number, fromSharedLink: number) => ({
        fromCard,
        fromLiveChat,
        fromSharedLink,
      });
      expect(byDialogue.rows).toEqual([
        {
          dialogueId: pricing,
          dialogue: "=Pricing",
          kind: "dialogue",
          ...row([3, 2, 0, 1, 0, 0], null),
          ...sources(3, 0, 0),
        },
        {
          dialogueId: demo,
          dialogue: "Demo request",
          kind: "dialogue",
          ...row([3, 1, 1, 0, 1, 1], 0.5),
          ...sources(3, 0, 0),
        },
        {
          dialogueId: support,
          dialogue: "Support chat",
          kind: "dialogue",
          ...row([1, 1, 0, 0, 0, 0], null),
          ...sources(0, 0, 1),
        },
        {
          dialogueId: talk,
          dialogue: "Talk to sales",
          kind: "dialogue",
          ...row([1, 1, 0, 0, 0, 0], null),
          ...sources(0, 1, 0),
        },
      ]);
      expect(pick(tableOf(all, "bySource"), ["source", ...COUNTS])).toEqual([
        { source: "Meeting card", ...row([6, 3, 1, 1, 1, 1], 0.5) },
        { source: "Live chat fallback", ...row([1, 1, 0, 0, 0, 0], null) },
        { source: "Shared link", ...row([1, 1, 0, 0, 0, 0], null) },
      ]);

      // Filters. Known as in every report: the visitor had a person with an email when the
      // meeting's conversation started — only the returning visitor's. Every other booking gave its
      // email in the conversation it was booked from (unknown), and the erased meeting has none.
      const known = await report(rig.admin, rig.site.id, "meetings", { ...days, visitors: "known" });
      expect(totalsOf(known)).toEqual(row([1, 0, 0, 1, 0, 0], null));
      expect(pick(tableOf(known, "byDialogue"), ["dialogue", "booked"])).toEqual([
        { dialogue: "=Pricing", booked: 1 },
      ]);
      expect(
        totalsOf(await report(rig.admin, rig.site.id, "meetings", { ...days, visitors: "unknown" })),
      ).toEqual(row([7, 5, 1, 0, 1, 1], 0.5));
      const demoOnly = await report(rig.admin, rig.site.id, "meetings", { ...days, dialogueId: demo });
      expect(totalsOf(demoOnly)).toEqual(row([3, 1, 1, 0, 1, 1], 0.5));
      expect(pick(tableOf(demoOnly, "byAgent"), ["agent", "booked"])).toEqual([
        { agent: "Ada Host", booked: 3 },
      ]);
      expect(
        totalsOf(await report(rig.admin, rig.site.id, "meetings", { ...days, dialogueId: demo, version: 1 })),
      ).toMatchObject({ booked: 3 });
      expect(
        totalsOf(await report(rig.admin, rig.site.id, "meetings", { ...days, dialogueId: demo, version: 2 })),
      ).toEqual(row([0, 0, 0, 0, 0, 0], null));
      const flows = await report(rig.admin, rig.site.id, "meetings", { ...days, kind: "flow" });
      expect(totalsOf(flows).booked).toBe(0);
      expect(tableOf(flows, "byAgent").rows).toEqual([]);
      const sunday = await report(rig.admin, rig.site.id, "meetings", {
        from: "2027-02-28",
        to: "2027-02-28",
      });
      expect(totalsOf(sunday)).toEqual(row([2, 0, 1, 0, 1, 0], 0.5));
      expect(tableOf(sunday, "trend").rows.map((r) => r.day)).toEqual(["2027-02-28"]);

      // In UTC the same meetings fall on other days: the one of Saturday night in Los Angeles is
      // Sunday's, and all eight on Monday the 1st.
      expect((await rig.admin.patch(`/api/sites/${rig.site.id}`, { timeZone: "UTC" })).status).toBe(200);
      const utc = await report(rig.admin, rig.site.id, "meetings", days);
      expect(pick(tableOf(utc, "trend"), ["day", "booked"])).toEqual([
        { day: "2027-02-28", booked: 1 },
        { day: "2027-03-01", booked: 8 },
      ]);
    });
  },
  { options: { jobs: { start: false } } },
);
