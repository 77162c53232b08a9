import type { MeetingOfferView } from "@parley/protocol/meetings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frozenClock, setClock } from "../../lib/clock";
import {
  book,
  type BookingRig,
  bookingRig,
  host,
  MONDAY_6AM,
  meetingsOf,
  publishMeeting,
  startsOf,
  visitorAtMeeting,
} from "../../testing/bookingRig";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { frozenClockEachTest } from "../../testing/liveChatRig";
import { createTestDatabase, POSTGRES_TEST_URL, type TestDatabase } from "../../testing/testDatabases";
import { startTestServer, type TestServer } from "../../testing/testServer";

const AT_9 = "2027-03-01T09:00:00.000Z";
const AT_930 = "2027-03-01T09:30:00.000Z";
/** Hour-long meetings offered every half hour: 09:00 and 09:30 are different starts of overlapping time. */
const OVERLAPPING = { meetingMinutes: 60, slotStepMinutes: 30 };

/**
 * `count` visitors at one host's card, then all book at once through `nodes` in turn, half at 09:00
 * and half at 09:30 (which overlap: only the host's lock and the re-check inside it keep both out).
 */
async function raceForOverlappingTime(rigs: BookingRig[], count: number) {
  const [rig] = rigs as [BookingRig];
  const ada = await host(rig, OVERLAPPING);
  // Visitors who gave their email first: the booking identifies nobody (which would hold the site's row).
  const dialogueId = await publishMeeting(
    rig,
    { strategy: "specific_agent", agentId: ada.id },
    { email: true },
  );
  const visitors = [];
  for (let i = 0; i < count; i++) visitors.push(await visitorAtMeeting(rig, dialogueId, `v${i}@example.org`));
  const answers = await Promise.all(
    visitors.map(({ visitor, offerId }, i) =>
      book(rigs[i % rigs.length]!.server, visitor, offerId, i % 2 ? AT_930 : AT_9),
    ),
  );
  return { ada, answers };
}

function expectOneWinner(answers: Awaited<ReturnType<typeof raceForOverlappingTime>>["answers"]) {
  const won = answers.filter((a) => a.status === 200);
  const lost = answers.filter((a) => a.status !== 200);
  expect(won).toHaveLength(1);
  expect(lost.map((a) => [a.status, a.body.error?.code])).toEqual(lost.map(() => [409, "slot_taken"]));
  for (const answer of lost) {
    const fresh = (answer.body.error?.details as { offer: MeetingOfferView }).offer;
    // Fresh slots, without the time that was taken (nor what overlaps it).
    expect(startsOf(fresh)).not.toContain(AT_9);
    expect(startsOf(fresh)).not.toContain(AT_930);
    expect(startsOf(fresh)).toContain("2027-03-01T11:00:00.000Z");
  }
  return won[0]!;
}

describeEachDatabase(
  "booking under contention",
  (server) => {
    frozenClockEachTest(MONDAY_6AM);

    it("many visitors taking overlapping time of one host at once: exactly one wins, the others get fresh slots", async () => {
      const rig = await bookingRig(server());
      const { ada, answers } = await raceForOverlappingTime([rig], 8);
      const winner = expectOneWinner(answers);
      const meetings = await meetingsOf(rig);
      expect(meetings.map((m) => [m.id, m.user_id])).toEqual([[winner.body.meetingId, ada.id]]);
      const booked = await server()
        .parley.ctx.store.db.selectFrom("meeting_offers")
        .select("status")
        .where("site_id", "=", rig.site.id)
        .execute();
      expect(booked.map((o) => o.status).sort()).toEqual(["booked", ...Array(7).fill("open")]);
    });

    it("round robin under contention: each host gets the slot once, nobody twice", async () => {
      const rig = await bookingRig(server());
      const hosts = [await host(rig), await host(rig), await host(rig)];
      const dialogueId = await publishMeeting(rig, { strategy: "round_robin" }, { email: true });
      const visitors = [];
      for (let i = 0; i < 9; i++)
        visitors.push(await visitorAtMeeting(rig, dialogueId, `rr${i}@example.org`));
      const answers = await Promise.all(visitors.map((v) => book(server(), v.visitor, v.offerId, AT_9)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, ...Array(6).fill(409)]);
      const meetings = await meetingsOf(rig);
      expect(meetings.map((m) => m.user_id).sort()).toEqual(hosts.map((h) => h.id).sort());
      expect(meetings.every((m) => m.starts_at === AT_9)).toBe(true);
    });
  },
  { options: { jobs: { start: false } } },
);

describe.skipIf(!POSTGRES_TEST_URL)("booking on two nodes sharing PostgreSQL [postgres]", () => {
  let db: TestDatabase;
  let nodes: TestServer[];
  let restore: () => void;

  beforeAll(async () => {
    restore = setClock(frozenClock(MONDAY_6AM));
    db = await createTestDatabase("postgres");
    const options = { jobs: { start: false } };
    nodes = await Promise.all([startTestServer(db, { options }), startTestServer(db, { options })]);
  });
  afterAll(async () => {
    for (const node of nodes ?? []) await node.close();
    await db?.drop();
    restore?.();
  });

  it("visitors on two nodes taking overlapping time of one host: exactly one wins", async () => {
    const [nodeA, nodeB] = nodes as [TestServer, TestServer];
    const rigA = await bookingRig(nodeA);
    const rigB: BookingRig = { ...rigA, server: nodeB, runJobs: () => nodeB.parley.ctx.jobs.runDue() };
    const { ada, answers } = await raceForOverlappingTime([rigA, rigB], 10);
    const winner = expectOneWinner(answers);
    const meetings = await meetingsOf(rigB);
    expect(meetings.map((m) => [m.id, m.user_id])).toEqual([[winner.body.meetingId, ada.id]]);
  });
});
