import type { CalendarConnection, DiscoveredCalendars } from "@parley/protocol/meetings";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomToken } from "../lib/ids";
import type { MeetingTable } from "../store/schema";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser } from "../testing/factories";
import { eventsIcs } from "../testing/icsFeedServer";
import { mailTestRig } from "../testing/mailTestRig";
import { hasRadicale, type Radicale, type RadicaleUser, startRadicale } from "../testing/radicale";
import { enqueueCalendarWrite } from "./enqueueCalendarWrite";
import { enqueueDueCalendarSyncs } from "./calendarSyncJobs";
import { insertTestMeeting } from "./testMeetingRow";

// Monday 1 March 2027, 12:00 UTC.
const START = "2027-03-01T12:00:00.000Z";
const { sink, clock } = await mailTestRig(START);

type Err = { error: { code: string; message: string; details?: { path: string }[] } };

const busyEvent = (uid: string, start: string, end: string) => eventsIcs([{ uid, start, end }]);

function onlyEvent(text: string): ICAL.Component {
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return events[0]!;
}
const utc = (event: ICAL.Component, name: string) =>
  (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();

describe.skipIf(!hasRadicale)("CalDAV against a real Radicale", () => {
  let radicale: Radicale;
  beforeAll(async () => {
    radicale = await startRadicale();
  });
  afterAll(async () => {
    await radicale?.stop();
  });

  describeEachDatabase(
    "CalDAV connections",
    (server) => {
      // Each database kind starts at the same instant (the tests move the clock on).
      beforeAll(() => clock.set(START));
      const db = () => server().parley.ctx.store.db;
      const jobs = () => server().parley.ctx.jobs;

      /** Changes the meeting as the lifecycle commands would, then its calendar.write job runs (and any other due job). */
      async function changeAndWrite(meetingId: string, change: Partial<MeetingTable>) {
        if (Object.keys(change).length > 0)
          await db().updateTable("meetings").set(change).where("id", "=", meetingId).execute();
        await db()
          .transaction()
          .execute((trx) => enqueueCalendarWrite(trx, meetingId));
        await jobs().runDue();
      }

      /** An agent in Parley and their own account on the CalDAV server, with one calendar "Work". */
      async function agentWithAccount() {
        const admin = await server().admin();
        const agent = await buildUser(server(), admin, "calendar_agent");
        const account = await radicale.addUser(
          `agent-${randomToken(4)
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "x")}`,
          "app-pass-1",
        );
        const calendarUrl = await radicale.createCalendar(account, "work", "Work");
        return { agent, account, calendarUrl };
      }

      async function connect(
        agent: { client: { post: <T>(p: string, b?: unknown) => Promise<{ status: number; body: T }> } },
        account: RadicaleUser,
        calendarUrl: string,
      ) {
        const res = await agent.client.post<CalendarConnection>("/api/agents/me/calendars", {
          kind: "caldav",
          url: radicale.url,
          username: account.username,
          password: account.password,
          calendarUrl,
        });
        expect(res.status).toBe(201);
        return res.body;
      }

      it("discovers the account's calendars with the right password, and says when it is wrong", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        const found = await agent.client.post<DiscoveredCalendars>("/api/agents/me/calendars/discover", {
          url: radicale.url,
          username: account.username,
          password: account.password,
        });
        expect(found.status).toBe(200);
        expect(found.body.items).toEqual([{ url: calendarUrl, name: "Work" }]);

        const wrong = await agent.client.post<Err>("/api/agents/me/calendars/discover", {
          url: radicale.url,
          username: account.username,
          password: "not-the-password",
        });
        expect(wrong.status).toBe(400);
        expect(wrong.body.error.message).toBe("The calendar server refused the user name or password");
        expect(wrong.body.error.details?.[0]?.path).toBe("/password");
      });

      it("connects a calendar: a busy event there becomes a busy time; the password is never shown or stored plainly", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        await radicale.putEvent(
          account,
          calendarUrl,
          "dentist.ics",
          busyEvent("dentist-1", "20270302T140000Z", "20270302T150000Z"),
        );
        const connection = await connect(agent, account, calendarUrl);
        expect(connection).toMatchObject({
          kind: "caldav",
          name: "work",
          url: radicale.url,
          calendarUrl,
          writeBookings: true,
          status: "ok",
          busyCount: 1,
        });
        expect(JSON.stringify(connection)).not.toContain(account.password);
        const busy = await db()
          .selectFrom("busy_times")
          .selectAll()
          .where("connection_id", "=", connection.id)
          .execute();
        expect(busy.map((b) => [b.uid, b.starts_at, b.ends_at])).toEqual([
          ["dentist-1", "2027-03-02T14:00:00.000Z", "2027-03-02T15:00:00.000Z"],
        ]);
        const stored = await db()
          .selectFrom("calendar_connections")
          .select("secret")
          .where("id", "=", connection.id)
          .executeTakeFirstOrThrow();
        expect(stored.secret).not.toContain(account.password);

        // Moved in the calendar: the next sync moves the busy time.
        await radicale.putEvent(
          account,
          calendarUrl,
          "dentist.ics",
          busyEvent("dentist-1", "20270304T080000Z", "20270304T090000Z"),
        );
        clock.advance(10 * 60_000);
        await enqueueDueCalendarSyncs(server().parley.ctx);
        await jobs().runDue();
        const moved = await db()
          .selectFrom("busy_times")
          .selectAll()
          .where("connection_id", "=", connection.id)
          .execute();
        expect(moved.map((b) => b.starts_at)).toEqual(["2027-03-04T08:00:00.000Z"]);
      });

      it("refuses to connect with a wrong password or a calendar that does not exist, storing nothing", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        const wrong = await agent.client.post<Err>("/api/agents/me/calendars", {
          kind: "caldav",
          url: radicale.url,
          username: account.username,
          password: "nope",
          calendarUrl,
        });
        expect(wrong.status).toBe(400);
        expect(wrong.body.error.message).toBe("The calendar server refused the user name or password");
        const missing = await agent.client.post<Err>("/api/agents/me/calendars", {
          kind: "caldav",
          url: radicale.url,
          username: account.username,
          password: account.password,
          calendarUrl: `${calendarUrl.replace(/work\/$/, "")}gone/`,
        });
        expect(missing.status).toBe(400);
        expect(missing.body.error.details?.[0]?.path).toBe("/calendarUrl");
        expect((await agent.client.get<{ items: unknown[] }>("/api/agents/me/calendars")).body.items).toEqual(
          [],
        );
      });

      it("writes a booked meeting into the calendar, updates it after a reschedule and removes it on cancel", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        const connection = await connect(agent, account, calendarUrl);
        const meeting = await insertTestMeeting(db(), agent.id, {
          video_url: "https://video.example.com/ada",
        });
        await changeAndWrite(meeting.id, {});

        const [written] = await radicale.events(account, calendarUrl);
        expect(written?.url).toBe(`${calendarUrl}${encodeURIComponent(meeting.uid)}.ics`);
        const event = onlyEvent(written!.data as string);
        expect(written!.data).not.toMatch(/^METHOD:/m);
        expect(event.getFirstPropertyValue("uid")).toBe(meeting.uid);
        expect(event.getFirstPropertyValue("sequence")).toBe(0);
        expect(utc(event, "dtstart")).toBe("2027-03-03T15:00:00.000Z");
        expect(utc(event, "dtend")).toBe("2027-03-03T15:30:00.000Z");
        expect(event.getFirstPropertyValue("summary")).toBe("Meeting with Vic Visitor");
        expect(event.getFirstPropertyValue("location")).toBe("https://video.example.com/ada");
        const row = await db()
          .selectFrom("meetings")
          .selectAll()
          .where("id", "=", meeting.id)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({
          caldav_connection_id: connection.id,
          caldav_href: written!.url,
          caldav_etag: written!.etag,
        });

        // The next sync does not count the meeting's own copy as a busy time.
        clock.advance(10 * 60_000);
        await enqueueDueCalendarSyncs(server().parley.ctx);
        await jobs().runDue();
        expect(
          await db()
            .selectFrom("busy_times")
            .select("uid")
            .where("connection_id", "=", connection.id)
            .execute(),
        ).toEqual([]);

        await changeAndWrite(meeting.id, {
          starts_at: "2027-03-05T09:00:00.000Z",
          ends_at: "2027-03-05T09:30:00.000Z",
          sequence: 1,
          reschedule_count: 1,
          updated_at: "2027-03-01T12:30:00.000Z",
        });
        const [moved] = await radicale.events(account, calendarUrl);
        expect(moved?.url).toBe(written!.url);
        expect(moved?.etag).not.toBe(written!.etag);
        const movedEvent = onlyEvent(moved!.data as string);
        expect(movedEvent.getFirstPropertyValue("sequence")).toBe(1);
        expect(utc(movedEvent, "dtstart")).toBe("2027-03-05T09:00:00.000Z");
        expect(
          (
            await db()
              .selectFrom("meetings")
              .select("caldav_etag")
              .where("id", "=", meeting.id)
              .executeTakeFirstOrThrow()
          ).caldav_etag,
        ).toBe(moved!.etag);

        await changeAndWrite(meeting.id, {
          status: "cancelled",
          sequence: 2,
          cancelled_at: "2027-03-01T13:00:00.000Z",
          updated_at: "2027-03-01T13:00:00.000Z",
        });
        expect(await radicale.events(account, calendarUrl)).toEqual([]);
        expect(
          await db()
            .selectFrom("meetings")
            .select(["caldav_href", "caldav_etag"])
            .where("id", "=", meeting.id)
            .executeTakeFirstOrThrow(),
        ).toEqual({ caldav_href: null, caldav_etag: null });
      });

      it("works with a server that omits ETags: reads, writes, moves and removes without If-Match", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        const bare = await radicale.withoutEtags();
        const bareCalendar = new URL(new URL(calendarUrl).pathname, bare).href;
        await radicale.putEvent(
          account,
          calendarUrl,
          "dentist.ics",
          busyEvent("dentist-2", "20270302T140000Z", "20270302T150000Z"),
        );
        const res = await agent.client.post<CalendarConnection>("/api/agents/me/calendars", {
          kind: "caldav",
          url: bare,
          username: account.username,
          password: account.password,
          calendarUrl: bareCalendar,
        });
        expect(res.status).toBe(201);
        expect(res.body.busyCount).toBe(1);

        const meeting = await insertTestMeeting(db(), agent.id);
        await changeAndWrite(meeting.id, {});
        const written = await db()
          .selectFrom("meetings")
          .select(["caldav_href", "caldav_etag"])
          .where("id", "=", meeting.id)
          .executeTakeFirstOrThrow();
        expect(written).toEqual({
          caldav_href: `${bareCalendar}${encodeURIComponent(meeting.uid)}.ics`,
          caldav_etag: null,
        });

        await changeAndWrite(meeting.id, {
          starts_at: "2027-03-05T09:00:00.000Z",
          ends_at: "2027-03-05T09:30:00.000Z",
          sequence: 1,
          updated_at: "2027-03-01T12:30:00.000Z",
        });
        const events = await radicale.events(account, calendarUrl);
        const mine = events.find((e) => e.url.endsWith(`${encodeURIComponent(meeting.uid)}.ics`));
        expect(utc(onlyEvent(mine!.data as string), "dtstart")).toBe("2027-03-05T09:00:00.000Z");

        await changeAndWrite(meeting.id, {
          status: "cancelled",
          sequence: 2,
          updated_at: "2027-03-01T13:00:00.000Z",
        });
        expect((await radicale.events(account, calendarUrl)).map((e) => e.url)).toEqual([
          `${calendarUrl}dentist.ics`,
        ]);
      });

      it("a host without a calendar that takes bookings gets no write job", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        const connection = await connect(agent, account, calendarUrl);
        await agent.client.patch(`/api/calendars/${connection.id}`, { writeBookings: false });
        const meeting = await insertTestMeeting(db(), agent.id);
        await db()
          .transaction()
          .execute((trx) => enqueueCalendarWrite(trx, meeting.id));
        const queued = await db()
          .selectFrom("jobs")
          .select("id")
          .where("kind", "=", "calendar.write")
          .where("payload", "like", `%${meeting.id}%`)
          .execute();
        expect(queued).toEqual([]);
      });

      it("a password changed on the server: needs attention, one mail however many failures; new credentials fix it", async () => {
        const { agent, account, calendarUrl } = await agentWithAccount();
        const connection = await connect(agent, account, calendarUrl);
        const changed = await radicale.setPassword(account, "app-pass-2");
        for (let i = 0; i < 3; i++) {
          clock.advance(10 * 60_000);
          await enqueueDueCalendarSyncs(server().parley.ctx);
          await jobs().runDue();
        }
        // A booking's write fails the same way, permanently (no retries against a refused password).
        const meeting = await insertTestMeeting(db(), agent.id);
        await changeAndWrite(meeting.id, {});
        const job = await db()
          .selectFrom("jobs")
          .select(["status", "attempts"])
          .where("kind", "=", "calendar.write")
          .where("payload", "like", `%${meeting.id}%`)
          .executeTakeFirstOrThrow();
        expect(job).toEqual({ status: "failed", attempts: 1 });

        const [shown] = (await agent.client.get<{ items: CalendarConnection[] }>("/api/agents/me/calendars"))
          .body.items;
        expect(shown).toMatchObject({ id: connection.id, status: "needs_attention" });
        expect(shown!.lastError).toMatch(/^The calendar server refused the user name or password/);
        const mails = sink.mailsTo(agent.email);
        expect(mails).toHaveLength(1);
        expect(mails[0]!.text).toContain("The calendar server refused the user name or password");

        const wrongAgain = await agent.client.patch<Err>(`/api/calendars/${connection.id}`, {
          password: "still-wrong",
        });
        expect(wrongAgain.status).toBe(400);
        const fixed = await agent.client.patch<CalendarConnection>(`/api/calendars/${connection.id}`, {
          password: changed.password,
        });
        expect(fixed.status).toBe(200);
        expect(fixed.body).toMatchObject({ status: "ok", lastError: null });
      });
    },
    { env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1", SMTP_URL: sink.url }, options: { jobs: { start: false } } },
  );
});
