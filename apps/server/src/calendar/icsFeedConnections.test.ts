import { readFileSync } from "node:fs";
import type { BusEvent } from "@parley/protocol/events";
import type { CalendarConnection } from "@parley/protocol/meetings";
import { afterAll, beforeAll, expect, it } from "vitest";
import { randomToken } from "../lib/ids";
import { toJson } from "../lib/json";
import type { ApiClient } from "../testing/apiClient";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser } from "../testing/factories";
import { eventsIcs, type IcsFeedServer, startIcsFeedServer } from "../testing/icsFeedServer";
import { mailTestRig } from "../testing/mailTestRig";
import { CALENDAR_SYNC_JOB, enqueueDueCalendarSyncs } from "./calendarSyncJobs";
import { insertTestMeeting } from "./testMeetingRow";

// Monday 1 March 2027, 12:00 UTC.
const START = "2027-03-01T12:00:00.000Z";
const { sink, clock } = await mailTestRig(START);
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const oneEvent = (uid: string, start: string, end: string) => eventsIcs([{ uid, start, end }]);

let feeds: IcsFeedServer;
let plainFeeds: IcsFeedServer;
beforeAll(async () => {
  feeds = await startIcsFeedServer();
  plainFeeds = await startIcsFeedServer({ validators: false });
});
afterAll(async () => {
  await feeds.close();
  await plainFeeds.close();
});

type Err = { error: { code: string; message: string; details?: { path: string }[] } };

describeEachDatabase(
  "ICS feed connections",
  (server) => {
    // Each database kind starts at the same instant (the tests move the clock on).
    beforeAll(() => clock.set(START));
    const db = () => server().parley.ctx.store.db;
    const jobs = () => server().parley.ctx.jobs;
    const ctx = () => server().parley.ctx;
    const busyOf = (connectionId: string) =>
      db()
        .selectFrom("busy_times")
        .select(["starts_at", "ends_at", "uid"])
        .where("connection_id", "=", connectionId)
        .orderBy("starts_at")
        .execute();

    /** Serves `ics` at a new path of `on` and connects it as the agent's feed (a 201 expected). */
    async function connectFeed(agent: { client: ApiClient }, ics: string, on: IcsFeedServer = feeds) {
      const path = `/${randomToken(4)}.ics`;
      on.set(path, ics);
      const res = await agent.client.post<CalendarConnection>("/api/agents/me/calendars", {
        kind: "ics",
        url: on.feedUrl(path),
      });
      expect(res.status).toBe(201);
      return { path, connection: res.body };
    }

    /** Ten minutes on: the sweep enqueues what is due and the jobs run (mail included). */
    async function tenMinutesLater() {
      clock.advance(10 * 60_000);
      await enqueueDueCalendarSyncs(ctx());
      await jobs().runDue();
    }

    async function agentWithZone(zone: string) {
      const admin = await server().admin();
      const agent = await buildUser(server(), admin, "calendar_agent");
      await db()
        .insertInto("meeting_availability")
        .values({
          user_id: agent.id,
          settings: toJson({ timeZone: zone, horizonDays: 30 }),
          updated_at: "2027-03-01T00:00:00.000Z",
        })
        .execute();
      return agent;
    }

    it("connects a feed: the first read's busy times are stored, in the host's zone, and listed", async () => {
      const agent = await agentWithZone("Europe/Berlin");
      const { connection: res } = await connectFeed(agent, fixture("mixed.ics"));
      expect(res).toMatchObject({
        kind: "ics",
        status: "ok",
        lastError: null,
        busyCount: 8,
        writeBookings: false,
      });
      expect(res.name).toBe("Feed from 127.0.0.1");
      expect(res.lastSyncedAt).toBe("2027-03-01T12:00:00.000Z");
      const busy = await busyOf(res.id);
      expect(busy.find((b) => b.uid === "offsite@example.com")).toEqual({
        uid: "offsite@example.com",
        starts_at: "2027-03-04T23:00:00.000Z",
        ends_at: "2027-03-05T23:00:00.000Z",
      });
      expect(busy.map((b) => b.uid)).not.toContain("focus@example.com");
      const list = await agent.client.get<{ items: CalendarConnection[] }>("/api/agents/me/calendars");
      expect(list.body.items.map((c) => c.id)).toEqual([res.id]);
    });

    it("does not count a calendar copy of one of the host's Parley meetings", async () => {
      const agent = await agentWithZone("UTC");
      await insertTestMeeting(db(), agent.id, {
        uid: "meeting-copy@parley",
        starts_at: "2027-03-03T10:00:00.000Z",
        ends_at: "2027-03-03T10:30:00.000Z",
      });
      const { connection } = await connectFeed(
        agent,
        eventsIcs([
          { uid: "meeting-copy@parley", start: "20270303T100000Z", end: "20270303T103000Z" },
          { uid: "other", start: "20270303T140000Z", end: "20270303T150000Z" },
        ]),
      );
      expect((await busyOf(connection.id)).map((b) => b.uid)).toEqual(["other"]);
    });

    it("asks again conditionally (304 keeps the busy times), and reads a changed feed in full", async () => {
      const agent = await agentWithZone("UTC");
      const { path, connection: created } = await connectFeed(
        agent,
        oneEvent("a", "20270302T090000Z", "20270302T100000Z"),
      );
      await tenMinutesLater();
      const second = feeds.requestsFor(path)[1]!;
      expect(second.status).toBe(304);
      expect(second.ifNoneMatch).toMatch(/^"v\d+"$/);
      expect(second.ifModifiedSince).toMatch(/GMT$/);
      expect((await busyOf(created.id)).map((b) => b.starts_at)).toEqual(["2027-03-02T09:00:00.000Z"]);

      feeds.set(path, oneEvent("b", "20270304T090000Z", "20270304T093000Z"));
      await tenMinutesLater();
      expect(feeds.requestsFor(path).at(-1)?.status).toBe(200);
      expect(await busyOf(created.id)).toEqual([
        { uid: "b", starts_at: "2027-03-04T09:00:00.000Z", ends_at: "2027-03-04T09:30:00.000Z" },
      ]);
    });

    it("works with a server that sends no ETag or Last-Modified: every sync reads it in full", async () => {
      const agent = await agentWithZone("UTC");
      const { path, connection: created } = await connectFeed(
        agent,
        oneEvent("a", "20270302T090000Z", "20270302T100000Z"),
        plainFeeds,
      );
      plainFeeds.set(path, oneEvent("a", "20270302T110000Z", "20270302T120000Z"));
      const refreshed = await agent.client.post(`/api/calendars/${created.id}/refresh`);
      expect(refreshed.status).toBe(202);
      await jobs().runDue();
      expect(plainFeeds.requestsFor(path).map((r) => [r.ifNoneMatch, r.ifModifiedSince, r.status])).toEqual([
        [null, null, 200],
        [null, null, 200],
      ]);
      expect((await busyOf(created.id)).map((b) => b.starts_at)).toEqual(["2027-03-02T11:00:00.000Z"]);
    });

    it("refuses a feed that cannot be read, saying why, and stores nothing", async () => {
      const agent = await agentWithZone("UTC");
      const missing = await agent.client.post<Err>("/api/agents/me/calendars", {
        kind: "ics",
        url: feeds.feedUrl(`/${randomToken(4)}-missing.ics`),
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.message).toBe("The feed address answered 404");
      expect(missing.body.error.details).toEqual([
        { path: "/url", message: "The feed address answered 404" },
      ]);
      const path = `/${randomToken(4)}.ics`;
      feeds.set(path, "<html><body>Please sign in</body></html>");
      const html = await agent.client.post<Err>("/api/agents/me/calendars", {
        kind: "ics",
        url: feeds.feedUrl(path),
      });
      expect(html.status).toBe(400);
      expect(html.body.error.message).toMatch(/^The feed address did not answer with a calendar/);
      const list = await agent.client.get<{ items: unknown[] }>("/api/agents/me/calendars");
      expect(list.body.items).toEqual([]);
    });

    it("a broken feed needs attention and mails the agent once; working again clears it", async () => {
      const agent = await agentWithZone("UTC");
      const { path, connection: created } = await connectFeed(
        agent,
        oneEvent("a", "20270302T090000Z", "20270302T100000Z"),
      );
      const id = created.id;
      const announced: BusEvent[] = [];
      const stop = await ctx().bus.subscribe(`user:${agent.id}`, (event) => announced.push(event));

      feeds.fail(path, 404);
      for (let i = 0; i < 3; i++) {
        await tenMinutesLater();
      }
      expect(
        feeds
          .requestsFor(path)
          .slice(1)
          .map((r) => r.status),
      ).toEqual([404, 404, 404]);
      const [connection] = (
        await agent.client.get<{ items: CalendarConnection[] }>("/api/agents/me/calendars")
      ).body.items;
      expect(connection).toMatchObject({
        status: "needs_attention",
        lastError: "The feed address answered 404",
        busyCount: 1,
      });
      // runDue sent the outbox's mail too: what the sink holds now is all there is.
      expect(sink.mailsTo(agent.email)).toHaveLength(1);
      const mail = sink.mailsTo(agent.email)[0]!;
      expect(mail.subject).toBe(`Your calendar "Feed from 127.0.0.1" needs attention`);
      expect(mail.text).toContain("The feed address answered 404");
      expect(
        announced
          .filter((e) => e.name === "calendar.updated")
          .map((e) => (e.data as CalendarConnection).status),
      ).toEqual(["needs_attention", "needs_attention", "needs_attention"]);

      feeds.set(path, oneEvent("a", "20270302T090000Z", "20270302T100000Z"));
      await agent.client.post(`/api/calendars/${id}/refresh`);
      await jobs().runDue();
      const healed = await db()
        .selectFrom("calendar_connections")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(healed).toMatchObject({ status: "ok", last_error: null, notified_at: null });

      // A new trouble is a new mail.
      feeds.fail(path, 500);
      await agent.client.post(`/api/calendars/${id}/refresh`);
      await jobs().runDue();
      const mails = sink.mailsTo(agent.email);
      expect(mails).toHaveLength(2);
      expect(mails[1]!.text).toContain("The feed address answered 500");
      await stop();
    });

    it("a periodic sync runs once per connection however often the sweep looks", async () => {
      const agent = await agentWithZone("UTC");
      const { path, connection: created } = await connectFeed(
        agent,
        oneEvent("a", "20270302T090000Z", "20270302T100000Z"),
      );
      await enqueueDueCalendarSyncs(ctx());
      const open = () =>
        db()
          .selectFrom("jobs")
          .select("id")
          .where("kind", "=", CALENDAR_SYNC_JOB)
          .where("status", "=", "queued")
          .where("payload", "like", `%${created.id}%`)
          .execute();
      // Not due yet: synced a moment ago.
      expect(await open()).toHaveLength(0);
      clock.advance(10 * 60_000);
      await enqueueDueCalendarSyncs(ctx());
      await enqueueDueCalendarSyncs(ctx());
      expect(await open()).toHaveLength(1);
      await jobs().runDue();
      expect(feeds.requestsFor(path)).toHaveLength(2);
    });

    it("removing a connection removes its busy times", async () => {
      const agent = await agentWithZone("UTC");
      const { connection: created } = await connectFeed(
        agent,
        oneEvent("a", "20270302T090000Z", "20270302T100000Z"),
      );
      expect(await busyOf(created.id)).toHaveLength(1);
      expect((await agent.client.delete(`/api/calendars/${created.id}`)).status).toBe(200);
      expect(await busyOf(created.id)).toHaveLength(0);
      expect((await agent.client.delete(`/api/calendars/${created.id}`)).status).toBe(404);
    });

    it("an agent manages only their own calendars; an admin reaches theirs", async () => {
      const admin = await server().admin();
      const agent = await agentWithZone("UTC");
      const other = await agentWithZone("UTC");
      const { connection: created } = await connectFeed(
        other,
        oneEvent("a", "20270302T090000Z", "20270302T100000Z"),
      );
      expect((await agent.client.get(`/api/agents/${other.id}/calendars`)).status).toBe(403);
      expect((await agent.client.patch(`/api/calendars/${created.id}`, { name: "Mine now" })).status).toBe(
        403,
      );
      expect((await agent.client.delete(`/api/calendars/${created.id}`)).status).toBe(403);
      const seen = await admin.get<{ items: CalendarConnection[] }>(`/api/agents/${other.id}/calendars`);
      expect(seen.body.items.map((c) => c.id)).toEqual([created.id]);
      const renamed = await admin.patch<CalendarConnection>(`/api/calendars/${created.id}`, {
        name: "Work feed",
      });
      expect(renamed.body.name).toBe("Work feed");
      expect((await admin.patch<Err>(`/api/calendars/${created.id}`, { password: "x" })).status).toBe(400);
    });
  },
  { env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1", SMTP_URL: sink.url }, options: { jobs: { start: false } } },
);

describeEachDatabase(
  "ICS feeds without an outbound allowance",
  (server) => {
    it("refuses a feed on a private address", async () => {
      const admin = await server().admin();
      const path = `/${randomToken(4)}.ics`;
      feeds.set(path, oneEvent("a", "20270302T090000Z", "20270302T100000Z"));
      const res = await admin.post<Err>("/api/agents/me/calendars", {
        kind: "ics",
        url: feeds.feedUrl(path),
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        "The address points to a private or local network, which Parley does not call",
      );
      expect(feeds.requestsFor(path)).toHaveLength(0);
    });
  },
  { options: { jobs: { start: false } } },
);
