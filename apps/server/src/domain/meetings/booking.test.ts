import { expect, it } from "vitest";
import { parseJson } from "../../lib/json";
import {
  book,
  bookingRig,
  host,
  MONDAY_6AM,
  meetingsOf,
  offerUrl,
  publishMeeting,
  readOffer,
  startsOf,
  visitorAtMeeting,
  widgetCall,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { frozenClockEachTest } from "../../testing/liveChatRig";

/** Monday 2027-03-01, 09:00–17:00 Berlin (CET, UTC+1): 08:00Z … 15:30Z, every 30 minutes. */
const MONDAY_SLOTS = Array.from({ length: 16 }, (_, i) => {
  const minutes = 8 * 60 + i * 30;
  return `2027-03-01T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${minutes % 60 ? "30" : "00"}:00.000Z`;
});
const TUESDAY_SLOTS = MONDAY_SLOTS.map((s) => s.replace("03-01", "03-02"));

describeEachDatabase(
  "meeting booking from a Meeting card",
  (server) => {
    frozenClockEachTest(MONDAY_6AM);

    it("the offer shows the host's free slots, grouped by the visitor's own calendar day", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig);
      const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
      const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);

      const view = await readOffer(server(), visitor, offerId, "Pacific/Auckland");
      expect(view.status).toBe(200);
      expect(view.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
      // Auckland is UTC+13: Monday 11:00Z is already Tuesday there.
      expect(view.body.days.map((d) => [d.date, d.slots.length])).toEqual([
        ["2027-03-01", 6],
        ["2027-03-02", 16],
        ["2027-03-03", 10],
      ]);
      expect(startsOf(view.body)).toEqual([...MONDAY_SLOTS, ...TUESDAY_SLOTS]);
      expect(view.body.days[0]?.slots[0]).toEqual({
        start: "2027-03-01T08:00:00.000Z",
        end: "2027-03-01T08:30:00.000Z",
      });
      expect(view.body).toMatchObject({
        offerId,
        status: "open",
        timeZone: "Pacific/Auckland",
        meetingMinutes: 30,
        hostName: ada.name,
        needsEmail: true,
        noSlotsText: null,
        meeting: null,
      });
    });

    it("booking a slot: the meeting, the booked branch, the agent in the person field, the activity", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig, { videoUrl: "https://video.example/ada" });
      const dialogueId = await publishMeeting(
        rig,
        { strategy: "specific_agent", agentId: ada.id },
        { writeAgentTo: { field: "person.salesRep", value: "email" } },
      );
      const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
      const start = "2027-03-01T09:00:00.000Z";
      const booked = await book(server(), visitor, offerId, start, {
        email: "Grace@Example.org",
        name: "Grace Hopper",
        timeZone: "America/New_York",
        language: "en",
      });
      expect(booked.status).toBe(200);
      expect(booked.body).toEqual({
        meetingId: expect.any(String),
        start,
        end: "2027-03-01T09:30:00.000Z",
        agentId: ada.id,
        agentName: ada.name,
        timeZone: "America/New_York",
      });

      const [meeting] = await meetingsOf(rig);
      expect(meeting).toMatchObject({
        id: booked.body.meetingId,
        user_id: ada.id,
        offer_id: offerId,
        conversation_id: visitor.conversationId,
        dialogue_id: dialogueId,
        visitor_id: visitor.visitorId,
        visitor_email: "grace@example.org",
        visitor_name: "Grace Hopper",
        visitor_time_zone: "America/New_York",
        language: "en",
        status: "scheduled",
        source: "card",
        uid: `${booked.body.meetingId}@parley`,
        sequence: 0,
        video_url: "https://video.example/ada",
      });
      expect(meeting?.log.at(-1)).toMatchObject({ kind: "picked", agentId: ada.id });

      // The widget's event: the activity on the visitor's channel.
      const activity = await visitor.socket.next(
        (f) => f.type === "event" && (f.data as { type?: string }).type === "meeting_scheduled",
      );
      expect((activity.data as { data: unknown }).data).toMatchObject({
        meetingId: booked.body.meetingId,
        startsAt: start,
        endsAt: "2027-03-01T09:30:00.000Z",
        agentId: ada.id,
        agentName: ada.name,
        agentEmail: ada.email,
      });

      // The card hears it (a job) and takes the booked branch.
      await rig.runJobs();
      const next = await visitor.bot("message");
      expect(JSON.stringify(next.body.text)).toContain("See you then");
      const { db } = server().parley.ctx.store;
      const person = await db
        .selectFrom("people")
        .selectAll()
        .where("id", "=", meeting?.person_id ?? "")
        .executeTakeFirstOrThrow();
      expect(person.email).toBe("grace@example.org");
      expect(parseJson<Record<string, unknown>>(person.fields, {}).salesRep).toBe(ada.email);
      const activities = await db
        .selectFrom("activities")
        .select(["type", "person_id"])
        .where("visitor_id", "=", visitor.visitorId)
        .where("type", "in", ["meeting_scheduled", "email_given"])
        .orderBy("type")
        .execute();
      expect(activities).toEqual([
        { type: "email_given", person_id: person.id },
        { type: "meeting_scheduled", person_id: person.id },
      ]);
      const mails = await db.selectFrom("outbox").select("recipient").execute();
      expect(mails.map((m) => m.recipient)).toEqual(expect.arrayContaining(["grace@example.org", ada.email]));

      // The offer now says what was booked, and the time is gone for everyone else.
      const after = await readOffer(server(), visitor, offerId);
      expect(after.body).toMatchObject({
        status: "booked",
        days: [],
        meeting: { id: booked.body.meetingId, start, agentName: ada.name },
      });
      const other = await visitorAtMeeting(rig, dialogueId);
      const fresh = await readOffer(server(), other.visitor, other.offerId);
      expect(startsOf(fresh.body)).not.toContain(start);
      expect(startsOf(fresh.body)).toHaveLength(31);
    });

    it("declining takes the not-booked branch; the offer is closed", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig);
      const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
      const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
      const declined = await widgetCall(server(), "POST", `${offerUrl(offerId)}/decline`, {
        visitor: visitor.token,
      });
      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({ status: "closed", days: [] });
      await rig.runJobs();
      const next = await visitor.bot("message");
      expect(JSON.stringify(next.body.text)).toContain("Maybe another time");
      const late = await book(server(), visitor, offerId, "2027-03-01T09:00:00.000Z");
      expect(late.status).toBe(409);
      expect(late.body.error?.details).toMatchObject({ reason: "closed" });
      expect(await meetingsOf(rig)).toEqual([]);
    });

    it("another visitor's token, a bad zone, a bad start or a missing email: refused, nothing changes", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig);
      const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
      const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
      const stranger = await visitorAtMeeting(rig, dialogueId);
      const start = "2027-03-01T09:00:00.000Z";

      expect((await readOffer(server(), stranger.visitor, offerId)).status).toBe(404);
      expect((await book(server(), stranger.visitor, offerId, start)).status).toBe(404);
      const forged = { ...visitor, token: `${visitor.token.slice(0, -2)}xx` } as typeof visitor;
      expect((await readOffer(server(), forged, offerId)).status).toBe(404);

      const badZone = await readOffer(server(), visitor, offerId, "Mars/Olympus_Mons");
      expect(badZone.status).toBe(400);
      expect(badZone.body.error?.message).toMatch(/tz is not a known IANA time zone/);
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ timeZone: "Europe/Atlantis" }, /timeZone/],
        [{ start: "2027-03-01T09:00:30.000Z" }, /start must be a whole minute/],
        [{ start: "2027-03-01T05:00:00.000Z" }, /start is in the past/],
        [{ start: "next monday" }, /start/],
        [{ email: undefined }, /email is required/],
        [{ email: "not-an-email" }, /email/],
      ];
      for (const [change, message] of cases) {
        const body = { start, ...change };
        const res = await book(server(), visitor, offerId, body.start as string, change);
        expect(res.status, JSON.stringify(change)).toBe(400);
        expect(res.body.error?.message).toMatch(message);
      }
      expect(await meetingsOf(rig)).toEqual([]);
      expect((await readOffer(server(), visitor, offerId)).body.status).toBe("open");
      const person = await server()
        .parley.ctx.store.db.selectFrom("people")
        .select("email")
        .where("site_id", "=", rig.site.id)
        .execute();
      expect(person.filter((p) => p.email)).toEqual([]);
    });

    it("a lost race is answered with the slots from that day on, for a week, not the whole horizon", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig, { horizonDays: 20 });
      const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
      const first = await visitorAtMeeting(rig, dialogueId);
      const second = await visitorAtMeeting(rig, dialogueId);
      // Wednesday 3 March, 10:00 Berlin.
      const wanted = "2027-03-03T09:00:00.000Z";
      expect((await book(server(), first.visitor, first.offerId, wanted)).status).toBe(200);
      const lost = await book(server(), second.visitor, second.offerId, wanted);
      expect(lost.status).toBe(409);
      const fresh = (lost.body.error?.details as { offer: Parameters<typeof startsOf>[0] }).offer;
      // Paris days (the visitor's zone) from Wednesday to the next Tuesday: working days only.
      expect(fresh.days.map((d) => d.date)).toEqual([
        "2027-03-03",
        "2027-03-04",
        "2027-03-05",
        "2027-03-08",
        "2027-03-09",
      ]);
      expect(startsOf(fresh)).not.toContain(wanted);
      expect(startsOf(fresh)).toContain("2027-03-03T09:30:00.000Z");
      // It says which days it covers, so the widget keeps its other days (through the 19th).
      expect((fresh as { daysWindow?: unknown }).daysWindow).toEqual({
        from: "2027-03-03",
        until: "2027-03-10",
      });
      // The offer itself still reaches the whole horizon.
      const view = await readOffer(server(), second.visitor, second.offerId, "Europe/Paris");
      expect(view.body.days.at(-1)?.date).toBe("2027-03-19");
    });

    it("a start nobody offers is answered 409 slot_taken with the slots still free", async () => {
      const rig = await bookingRig(server());
      const ada = await host(rig);
      const dialogueId = await publishMeeting(rig, { strategy: "specific_agent", agentId: ada.id });
      const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId);
      // Saturday: Ada does not work.
      const res = await book(server(), visitor, offerId, "2027-03-06T10:00:00.000Z");
      expect(res.status).toBe(409);
      expect(res.body.error?.code).toBe("slot_taken");
      const fresh = (res.body.error?.details as { offer: Parameters<typeof startsOf>[0] }).offer;
      expect(startsOf(fresh)).toEqual([...MONDAY_SLOTS, ...TUESDAY_SLOTS]);
      expect(fresh.timeZone).toBe("Europe/Paris");
    });
  },
  { options: { jobs: { start: false } } },
);
