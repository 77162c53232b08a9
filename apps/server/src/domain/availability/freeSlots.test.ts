import type { Availability } from "@parley/protocol/meetings";
import { expect, it } from "vitest";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, demoSite } from "../../testing/factories";
import { insertCalendarConnection, insertMeeting } from "../../testing/meetingFactory";
import type { TestServer } from "../../testing/testServer";
import type { Kysely } from "kysely";
import { defaultAvailability } from "./defaultAvailability";
import { freeSlots } from "./freeSlots";

// Monday 1 March 2027, 07:00 in Paris (UTC+1 until the 28th).
const NOW = Date.parse("2027-03-01T06:00:00Z");
const MONDAY = { from: NOW, to: Date.parse("2027-03-02T00:00:00Z") };

/** Paris mornings, one-hour meetings with a quarter of an hour kept free after each, no notice. */
const MORNINGS: Availability = {
  ...defaultAvailability("Europe/Paris"),
  schedule: { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "12:00" })) },
  meetingMinutes: 60,
  bufferMinutes: 15,
  noticeMinutes: 0,
  horizonDays: 7,
};

const statements: string[] = [];
const starts = (slots: { start: string }[] | undefined) => (slots ?? []).map((s) => s.start);

async function host(server: TestServer, availability: Availability | null): Promise<string> {
  const user = await buildUser(server, await server.admin(), "calendar_agent");
  if (availability)
    await server.parley.ctx.store.db
      .insertInto("meeting_availability")
      .values({ user_id: user.id, settings: toJson(availability), updated_at: "2027-02-01T00:00:00.000Z" })
      .execute();
  return user.id;
}

const busy = (db: Kysely<Database>, userId: string, events: [string, string, string?][]) =>
  insertCalendarConnection(
    db,
    { user_id: userId },
    events.map(([start, end, uid]) => ({ start, end, uid })),
  );

const meeting = (
  db: Kysely<Database>,
  siteId: string,
  userId: string,
  starts_at: string,
  ends_at: string,
  status: "scheduled" | "cancelled" = "scheduled",
) => insertMeeting(db, { site_id: siteId, user_id: userId, starts_at, ends_at, status });

describeEachDatabase(
  "free slots of hosts (availability − calendars − meetings)",
  (server) => {
    it("subtracts every calendar's busy times and the scheduled meetings, each with the buffer after it", async () => {
      const { db } = server().parley.ctx.store;
      const site = await demoSite(await server().admin());
      const ann = await host(server(), MORNINGS);
      const bob = await host(server(), MORNINGS);
      // Ann: 09:00–09:30 Paris in one calendar, 11:20–11:40 in another; 10:00 stays free.
      await busy(db, ann, [["2027-03-01T08:00:00.000Z", "2027-03-01T08:30:00.000Z"]]);
      await busy(db, ann, [["2027-03-01T10:20:00.000Z", "2027-03-01T10:40:00.000Z"]]);
      // Bob: a meeting 11:00–11:45 takes 11:00, and 10:00 too (it would end 11:00, buffer to 11:15).
      const booked = await meeting(db, site.id, bob, "2027-03-01T10:00:00.000Z", "2027-03-01T10:45:00.000Z");
      // A cancelled meeting frees its time, even while its copy still sits in Bob's calendar.
      const cancelled = await meeting(
        db,
        site.id,
        bob,
        "2027-03-01T08:00:00.000Z",
        "2027-03-01T09:00:00.000Z",
        "cancelled",
      );
      await busy(db, bob, [["2027-03-01T08:00:00.000Z", "2027-03-01T09:00:00.000Z", cancelled.uid]]);

      const slots = await freeSlots(db, [ann, bob], NOW, MONDAY);
      expect(starts(slots.get(ann))).toEqual(["2027-03-01T09:00:00.000Z"]);
      expect(starts(slots.get(bob))).toEqual(["2027-03-01T08:00:00.000Z"]);
      expect(slots.get(bob)?.[0]).toEqual({
        start: "2027-03-01T08:00:00.000Z",
        end: "2027-03-01T09:00:00.000Z",
      });

      // Rescheduling Bob's meeting: its own time (and its calendar copy) counts as free.
      await busy(db, bob, [["2027-03-01T10:00:00.000Z", "2027-03-01T10:45:00.000Z", booked.uid]]);
      const moving = await freeSlots(db, [bob], NOW, MONDAY, booked.id);
      expect(starts(moving.get(bob))).toEqual([
        "2027-03-01T08:00:00.000Z",
        "2027-03-01T09:00:00.000Z",
        "2027-03-01T10:00:00.000Z",
      ]);
    });

    it("a host who never saved availability, or was deactivated, has no slots; every asked host is in the answer", async () => {
      const { db } = server().parley.ctx.store;
      const saved = await host(server(), MORNINGS);
      const never = await host(server(), null);
      const slots = await freeSlots(db, [never, saved], NOW, MONDAY);
      expect([...slots.keys()]).toEqual([never, saved]);
      expect(slots.get(never)).toEqual([]);
      expect(starts(slots.get(saved))).toHaveLength(3);
      // Deactivated: the saved availability stays, the slots go.
      await db.updateTable("users").set({ active: 0 }).where("id", "=", saved).execute();
      expect((await freeSlots(db, [saved], NOW, MONDAY)).get(saved)).toEqual([]);
      expect((await freeSlots(db, [], NOW)).size).toBe(0);
    });

    it("without a window: the horizon ends the list, the notice starts it, and a full day is skipped", async () => {
      const { db } = server().parley.ctx.store;
      const site = await demoSite(await server().admin());
      const capped = await host(server(), { ...MORNINGS, horizonDays: 2, noticeMinutes: 150, dailyCap: 1 });
      // Tuesday already has its one meeting (14:00 Paris, outside the blocks: it still counts).
      await meeting(db, site.id, capped, "2027-03-02T13:00:00.000Z", "2027-03-02T14:00:00.000Z");
      const slots = await freeSlots(db, [capped], NOW);
      // 07:00 + 2 h 30 notice: Monday from 09:30, so 10:00 and 11:00; Tuesday full; Wednesday past the horizon.
      expect(starts(slots.get(capped))).toEqual(["2027-03-01T09:00:00.000Z", "2027-03-01T10:00:00.000Z"]);
    });

    it("reads three tables with one query each, whatever the number of hosts", async () => {
      const { db } = server().parley.ctx.store;
      const hosts = [];
      for (let i = 0; i < 4; i++) {
        const id = await host(server(), MORNINGS);
        await busy(db, id, [["2027-03-01T08:00:00.000Z", "2027-03-01T08:30:00.000Z"]]);
        hosts.push(id);
      }
      statements.length = 0;
      const slots = await freeSlots(db, hosts, NOW, MONDAY);
      // Only what reads host time: the server's own background work (presence, jobs) may query meanwhile.
      const reads = statements.filter((sql) =>
        /"(meeting_availability|busy_times|meetings|calendar_connections)"/.test(sql),
      );
      // One query per table; busy times and meetings are read side by side, in either order.
      expect(reads.map((sql) => sql.match(/from "(\w+)"/)?.[1]).sort()).toEqual([
        "busy_times",
        "meeting_availability",
        "meetings",
      ]);
      for (const id of hosts)
        expect(starts(slots.get(id))).toEqual(["2027-03-01T09:00:00.000Z", "2027-03-01T10:00:00.000Z"]);
    });
  },
  { options: { onQuery: (sql) => statements.push(sql), jobs: { start: false } } },
);
