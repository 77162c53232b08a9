import { readFileSync } from "node:fs";
import type { CalendarConnection } from "@parley/protocol/meetings";
import { Availability } from "@parley/protocol/meetings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeSlots } from "../domain/availability/freeSlots";
import { randomToken } from "../lib/ids";
import { toJson } from "../lib/json";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser } from "../testing/factories";
import { mailTestRig } from "../testing/mailTestRig";
import { type IcsFeedServer, startIcsFeedServer } from "../testing/icsFeedServer";
import { hasRadicale, type Radicale, startRadicale } from "../testing/radicale";
import { enqueueDueCalendarSyncs } from "./calendarSyncJobs";

// Monday 1 March 2027, 12:00 UTC. Paris moves its clocks on Sunday 28 March (CET +1 → CEST +2).
const START = "2027-03-01T12:00:00.000Z";
const { sink, clock } = await mailTestRig(START);
const fullSeries = readFileSync(new URL("./fixtures/recurring-paris.ics", import.meta.url), "utf8");
/** Radicale 3.1 refuses an object with a PERIOD RDATE (its vobject check): that one goes through a feed. */
const PERIOD_RDATE = "RDATE;VALUE=PERIOD:20270401T120000Z/PT2H\n";
const series = fullSeries.replace(PERIOD_RDATE, "");
/** No RRULE, one RDATE in another zone than DTSTART. */
const workshop = readFileSync(new URL("./fixtures/workshop-two-zones.ics", import.meta.url), "utf8");

/** The 12 April instance moved to Tuesday 13 April 09:00 Paris, as a calendar app saves the edit. */
const withTwelfthMoved = series.replace(
  "END:VCALENDAR",
  [
    "BEGIN:VEVENT",
    "UID:client-review@example.com",
    "DTSTAMP:20270301T120000Z",
    "RECURRENCE-ID;TZID=Europe/Paris:20270412T100000",
    "DTSTART;TZID=Europe/Paris:20270413T090000",
    "DTEND;TZID=Europe/Paris:20270413T100000",
    "SEQUENCE:2",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n"),
);

describe.skipIf(!hasRadicale)("recurring events on a real Radicale, through to the slots", () => {
  let radicale: Radicale;
  let feeds: IcsFeedServer;
  beforeAll(async () => {
    radicale = await startRadicale();
    feeds = await startIcsFeedServer();
  });
  afterAll(async () => {
    await radicale?.stop();
    await feeds?.close();
  });

  describeEachDatabase(
    "recurring busy events",
    (server) => {
      beforeAll(() => clock.set(START));
      const db = () => server().parley.ctx.store.db;

      /** A host in Paris, weekdays 09:00–17:00, hour-long meetings, 60 days ahead, no notice. */
      async function parisHost() {
        const admin = await server().admin();
        const agent = await buildUser(server(), admin, "calendar_agent");
        const settings = Availability.parse({
          timeZone: "Europe/Paris",
          schedule: { blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })) },
          meetingMinutes: 60,
          noticeMinutes: 0,
          horizonDays: 60,
        });
        await db()
          .insertInto("meeting_availability")
          .values({ user_id: agent.id, settings: toJson(settings), updated_at: START })
          .execute();
        return agent;
      }

      /** The Paris host whose CalDAV calendar holds `ics` (and `more`), connected (it syncs at once). */
      async function hostWithSeries(ics: string, more: Record<string, string> = {}) {
        const agent = await parisHost();
        const account = await radicale.addUser(
          `host-${randomToken(4)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "x")}`,
          "app-pass-1",
        );
        const calendarUrl = await radicale.createCalendar(account, "work", "Work");
        await radicale.putEvent(account, calendarUrl, "client-review.ics", ics);
        for (const [name, text] of Object.entries(more))
          await radicale.putEvent(account, calendarUrl, name, text);
        const res = await agent.client.post<CalendarConnection>("/api/agents/me/calendars", {
          kind: "caldav",
          url: radicale.url,
          username: account.username,
          password: account.password,
          calendarUrl,
        });
        expect(res.status).toBe(201);
        return { agent, account, calendarUrl };
      }

      /** The host's bookable starts (UTC) right now, as the widget would offer them. */
      async function starts(agentId: string): Promise<Set<string>> {
        const slots = (await freeSlots(db(), [agentId], clock.now())).get(agentId) ?? [];
        return new Set(slots.map((s) => s.start));
      }

      it("offers no slot on an RDATE or a moved instance's new time, and frees moved, cancelled and excluded ones", async () => {
        const { agent } = await hostWithSeries(series, { "workshop.ics": workshop });
        const free = await starts(agent.id);
        const taken = (iso: string) => expect(free.has(iso), `${iso} should be busy`).toBe(false);
        const open = (iso: string) => expect(free.has(iso), `${iso} should be free`).toBe(true);

        taken("2027-03-15T09:00:00.000Z"); // Monday 15 March 10:00 CET, the first instance
        open("2027-03-15T10:00:00.000Z"); // … the hour after it
        open("2027-03-22T09:00:00.000Z"); // 22 March 10:00 CET: moved away
        taken("2027-03-24T13:00:00.000Z"); // … to Wednesday 24 March 14:00 CET
        open("2027-03-29T08:00:00.000Z"); // 29 March 10:00 CEST: cancelled
        taken("2027-03-31T14:00:00.000Z"); // RDATE Wednesday 31 March 16:00 CEST
        open("2027-03-30T14:00:00.000Z"); // … the day before at that hour
        taken("2027-04-02T08:00:00.000Z"); // RDATE DATE 2 April: the series' 10:00 CEST
        open("2027-04-05T08:00:00.000Z"); // EXDATE (written in UTC)
        taken("2027-04-12T08:00:00.000Z"); // 12 April 10:00 CEST, after the change

        taken("2027-03-09T13:00:00.000Z"); // the workshop's DTSTART, Tuesday 9 March 14:00 CET
        taken("2027-03-16T13:00:00.000Z"); // its RDATE 16 March 09:00 New York (EDT since the 14th): 14:00 CET
        open("2027-03-16T08:00:00.000Z"); // … not 09:00 Paris
      });

      it("moving one instance in the calendar frees its old time and blocks the new one after the next sync", async () => {
        const { agent, account, calendarUrl } = await hostWithSeries(series);
        expect((await starts(agent.id)).has("2027-04-13T07:00:00.000Z")).toBe(true);

        await radicale.putEvent(account, calendarUrl, "client-review.ics", withTwelfthMoved);
        clock.advance(10 * 60_000);
        await enqueueDueCalendarSyncs(server().parley.ctx);
        await server().parley.ctx.jobs.runDue();

        const free = await starts(agent.id);
        expect(free.has("2027-04-12T08:00:00.000Z")).toBe(true); // Monday 12 April 10:00 CEST
        expect(free.has("2027-04-13T07:00:00.000Z")).toBe(false); // Tuesday 13 April 09:00 CEST
        expect(free.has("2027-03-31T14:00:00.000Z")).toBe(false); // the RDATE is still there
      });

      it("an ICS feed's PERIOD RDATE blocks its own two hours", async () => {
        const agent = await parisHost();
        feeds.set("/client-review.ics", fullSeries);
        const res = await agent.client.post<CalendarConnection>("/api/agents/me/calendars", {
          kind: "ics",
          url: feeds.feedUrl("/client-review.ics"),
        });
        expect(res.status).toBe(201);
        const free = await starts(agent.id);
        expect(free.has("2027-04-01T12:00:00.000Z")).toBe(false); // Thursday 1 April 14:00 CEST
        expect(free.has("2027-04-01T13:00:00.000Z")).toBe(false); // 15:00 CEST
        expect(free.has("2027-04-01T14:00:00.000Z")).toBe(true); // 16:00 CEST, after the period
        expect(free.has("2027-03-31T14:00:00.000Z")).toBe(false); // and the zoned RDATE as through CalDAV
      });
    },
    { env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1", SMTP_URL: sink.url }, options: { jobs: { start: false } } },
  );
});
