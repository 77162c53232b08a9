import { expect, it } from "vitest";
import { toJson } from "../../lib/json";
import {
  book,
  type BookingRig,
  bookingRig,
  host,
  MONDAY_6AM,
  meetingsOf,
  publishMeeting,
  readOffer,
  startsOf,
  visitorAtMeeting,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser } from "../../testing/factories";
import { frozenClockEachTest, liveChatStream } from "../../testing/liveChatRig";
import { insertMeeting } from "../../testing/meetingFactory";
import { publishStream, TestVisitor } from "../../testing/visitorClient";

const AT_9 = "2027-03-01T09:00:00.000Z";
const AT_930 = "2027-03-01T09:30:00.000Z";
const AT_10 = "2027-03-01T10:00:00.000Z";
/** Weekdays 09:00–17:00 in New York (EST, 14:00Z–22:00Z), beside Berlin's 08:00Z–16:00Z. */
const NEW_YORK = { timeZone: "America/New_York" } as const;

/** Sixteen half-hour starts from `hour` UTC on Monday and on Tuesday. */
const halfHours = (hour: number) =>
  ["01", "02"].flatMap((day) =>
    Array.from({ length: 16 }, (_, i) => {
      const minutes = hour * 60 + i * 30;
      const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
      return `2027-03-${day}T${hh}:${minutes % 60 ? "30" : "00"}:00.000Z`;
    }),
  );
const BERLIN_SLOTS = halfHours(8);

/** A visitor reaching the card and booking `start` at once: which host got it (or the status). */
async function bookAs(rig: BookingRig, dialogueId: string, start: string, email?: string) {
  const { visitor, offerId } = await visitorAtMeeting(rig, dialogueId, email);
  const res = await book(rig.server, visitor, offerId, start);
  return res.status === 200 ? res.body.agentName : res.status;
}

describeEachDatabase(
  "meeting routing",
  (server) => {
    frozenClockEachTest(MONDAY_6AM);

    it("round robin is strictly sequential across bookings, skipping (and logging) hosts busy at the start", async () => {
      const rig = await bookingRig(server());
      const hosts: Awaited<ReturnType<typeof host>>[] = [];
      for (let i = 0; i < 5; i++) hosts.push(await host(rig));
      const names = hosts.map((h) => h.name);
      const dialogueId = await publishMeeting(rig, { strategy: "round_robin" });

      // Five visitors take 09:00 one after the other: one host each, in turn.
      const first = [];
      for (let i = 0; i < 5; i++) first.push(await bookAs(rig, dialogueId, AT_9));
      expect(first).toEqual(names);
      expect(await bookAs(rig, dialogueId, AT_9)).toBe(409);
      // Host five had the last turn: host one gets the next.
      expect(await bookAs(rig, dialogueId, AT_930)).toBe(names[0]);

      // Host two is busy at 10:00: the turn passes to three, then four.
      const { db } = server().parley.ctx.store;
      await insertMeeting(db, {
        site_id: rig.site.id,
        user_id: hosts[1]!.id,
        starts_at: AT_10,
        ends_at: "2027-03-01T10:30:00.000Z",
      });
      expect(await bookAs(rig, dialogueId, AT_10)).toBe(names[2]);
      expect(await bookAs(rig, dialogueId, AT_10)).toBe(names[3]);

      const booked = (await meetingsOf(rig)).filter((m) => m.offer_id && m.starts_at === AT_10);
      const viaThree = booked.find((m) => m.user_id === hosts[2]!.id);
      expect(viaThree?.log.map((e) => [e.kind, e.agentId, e.detail.reason ?? null])).toEqual([
        ["considered", null, null],
        ["skipped", hosts[1]!.id, "no_free_slot"],
        ["picked", hosts[2]!.id, null],
      ]);
      expect(viaThree?.log[0]?.detail).toMatchObject({ stage: "round_robin", scope: "meeting" });
    });

    it("team: the team's hosts only, in turn; nobody free in it falls back to every host unless switched off", async () => {
      const rig = await bookingRig(server());
      const a = await host(rig);
      const b = await host(rig);
      const outsider = await host(rig, NEW_YORK);
      const unavailable = await buildUser(server(), rig.admin, "calendar_agent", { siteIds: [rig.site.id] });
      const team = await rig.admin.post<{ id: string }>("/api/teams", {
        name: `T ${rig.site.id}`,
        memberIds: [a.id, b.id],
      });
      const empty = await rig.admin.post<{ id: string }>("/api/teams", {
        name: `E ${rig.site.id}`,
        memberIds: [unavailable.id],
      });

      const teamDialogue = await publishMeeting(rig, { strategy: "team", teamId: team.body.id });
      const { visitor, offerId } = await visitorAtMeeting(rig, teamDialogue);
      const view = (await readOffer(server(), visitor, offerId)).body;
      expect(view.hostName).toBeNull();
      expect(startsOf(view)).toEqual(BERLIN_SLOTS);
      expect(await bookAs(rig, teamDialogue, AT_9)).toBe(a.name);
      expect(await bookAs(rig, teamDialogue, AT_9)).toBe(b.name);
      expect(await bookAs(rig, teamDialogue, AT_9)).toBe(409);

      // New York's 09:00 is 14:00Z: only the outsider has it, reached through the fallback.
      const fallback = await publishMeeting(rig, { strategy: "team", teamId: empty.body.id });
      const viaFallback = await visitorAtMeeting(rig, fallback);
      const all = (await readOffer(server(), viaFallback.visitor, viaFallback.offerId)).body;
      // Both team hosts took 09:00 above: gone for everyone.
      const union = [...new Set([...BERLIN_SLOTS, ...halfHours(14)])].sort();
      expect(startsOf(all)).toEqual(union.filter((start) => start !== AT_9));
      expect(await bookAs(rig, fallback, "2027-03-01T16:00:00.000Z")).toBe(outsider.name);

      await server()
        .parley.ctx.store.db.updateTable("sites")
        .set({ meeting_settings: toJson({ noSlotsText: "Nobody is free, sorry." }) })
        .where("id", "=", rig.site.id)
        .execute();
      const strict = await publishMeeting(rig, {
        strategy: "team",
        teamId: empty.body.id,
        fallbackToRoundRobin: false,
      });
      const none = await visitorAtMeeting(rig, strict);
      const nothing = (await readOffer(server(), none.visitor, none.offerId)).body;
      expect(nothing).toMatchObject({ status: "open", days: [], noSlotsText: "Nobody is free, sorry." });
      expect((await book(server(), none.visitor, none.offerId, AT_10)).status).toBe(409);
    });

    it("custom rules: in priority order, the first that matches with a host who has free time wins", async () => {
      const rig = await bookingRig(server());
      const busy = await buildUser(server(), rig.admin, "sales_admin", { siteIds: [rig.site.id] });
      const bea = await host(rig, {}, "sales_admin");
      const carl = await host(rig, NEW_YORK, "sales_admin");
      const acme = [
        { type: "attribute", attribute: "person.email", operator: "contains", value: "@acme.test" },
      ];
      const rules = `/api/sites/${rig.site.id}/routing-rules`;
      const made = [
        await rig.admin.post<{ id: string }>(rules, {
          name: "Acme first",
          priority: 1,
          agentIds: [busy.id],
          conditions: acme,
        }),
        await rig.admin.post<{ id: string }>(rules, {
          name: "Acme",
          priority: 5,
          agentIds: [bea.id],
          conditions: acme,
        }),
        await rig.admin.post<{ id: string }>(rules, {
          name: "Everyone else",
          priority: 9,
          agentIds: [carl.id],
        }),
      ];
      expect(made.map((r) => r.status)).toEqual([201, 201, 201]);
      const dialogueId = await publishMeeting(
        rig,
        { strategy: "custom_rules", ruleIds: made.map((r) => r.body.id) },
        { email: true },
      );

      const fromAcme = await visitorAtMeeting(rig, dialogueId, "ann@acme.test");
      const view = (await readOffer(server(), fromAcme.visitor, fromAcme.offerId)).body;
      expect(view).toMatchObject({ hostName: bea.name, needsEmail: false });
      expect(startsOf(view)).toEqual(BERLIN_SLOTS);
      expect((await book(server(), fromAcme.visitor, fromAcme.offerId, AT_9)).body.agentName).toBe(bea.name);
      const [meeting] = await meetingsOf(rig);
      expect(meeting?.visitor_email).toBe("ann@acme.test");
      expect(meeting?.log.map((e) => [e.kind, e.detail.ruleName ?? null, e.detail.reason ?? null])).toEqual([
        ["skipped", "Acme first", "no_free_slot"],
        ["considered", "Acme", "matched"],
        ["considered", null, null],
        ["picked", null, null],
      ]);

      const other = await visitorAtMeeting(rig, dialogueId, "olga@other.test");
      const theirs = (await readOffer(server(), other.visitor, other.offerId)).body;
      expect(theirs.hostName).toBe(carl.name);
      expect(startsOf(theirs)).toEqual(halfHours(14));
    });

    it("account owner: the account list's owner for its people; anyone else by round robin", async () => {
      const rig = await bookingRig(server());
      const owner = await host(rig, {}, "sales_admin");
      const other = await host(rig, NEW_YORK, "sales_admin");
      const route = await rig.admin.post(`/api/sites/${rig.site.id}/account-routes`, {
        domain: "acme.test",
        ownerId: owner.id,
      });
      expect(route.status).toBe(201);
      const dialogueId = await publishMeeting(rig, { strategy: "account_owner" }, { email: true });

      const known = await visitorAtMeeting(rig, dialogueId, "ann@acme.test");
      const view = (await readOffer(server(), known.visitor, known.offerId)).body;
      expect(view.hostName).toBe(owner.name);
      expect(startsOf(view)).toEqual(BERLIN_SLOTS);
      // Only the other host has 16:00Z: nobody but the owner is tried for the account.
      expect(await bookAs(rig, dialogueId, "2027-03-01T16:00:00.000Z", "bob@acme.test")).toBe(409);

      const stranger = await visitorAtMeeting(rig, dialogueId, "olga@other.test");
      const theirs = (await readOffer(server(), stranger.visitor, stranger.offerId)).body;
      expect(theirs.hostName).toBeNull();
      expect(startsOf(theirs)).toEqual(expect.arrayContaining([AT_9, "2027-03-01T16:00:00.000Z"]));
      expect(
        (await book(server(), stranger.visitor, stranger.offerId, "2027-03-01T16:00:00.000Z")).body.agentName,
      ).toBe(other.name);
    });

    it("a live chat's fallback offer for a person on the account list offers only the owner", async () => {
      const rig = await bookingRig(server());
      const owner = await host(rig, {}, "sales_admin");
      await host(rig, NEW_YORK, "sales_admin");
      await rig.admin.post(`/api/sites/${rig.site.id}/account-routes`, {
        domain: "acme.test",
        ownerId: owner.id,
      });
      const stream = liveChatStream({ strategy: "round_robin" }, { offerMeetingOnFallback: true });
      const dialogueId = await publishStream(rig.admin, rig.site.id, stream);
      const visitor = await TestVisitor.arrive(server(), rig.site);
      await visitor.start(dialogueId);
      await visitor.bot("capture");
      visitor.send({ kind: "answer", value: "ann@acme.test" });
      await visitor.bot("liveChat");
      await visitor.socket.next((f) => f.type === "step.finished");
      // Nobody is online: routing gives the chat its fallback, with the meeting offer.
      await rig.runJobs();
      await rig.runJobs();
      const prompt = await visitor.bot("meeting");
      const offerId = prompt.body.offerId as string;
      const view = (await readOffer(server(), visitor, offerId)).body;
      expect(view.hostName).toBe(owner.name);
      expect(startsOf(view)).toEqual(BERLIN_SLOTS);
      const booked = await book(server(), visitor, offerId, AT_9);
      expect(booked.body.agentName).toBe(owner.name);
      const [meeting] = await meetingsOf(rig);
      expect(meeting).toMatchObject({
        source: "liveChatFallback",
        user_id: owner.id,
        visitor_email: "ann@acme.test",
      });
      // The Live chat card hears the booking: the conversation is over.
      await rig.runJobs();
      await visitor.socket.next((f) => f.type === "step.finished" && f.status === "completed");
    });
  },
  { options: { jobs: { start: false } } },
);
