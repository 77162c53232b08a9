import type { ManagedMeeting } from "@parley/protocol/meetings";
import { beforeEach, expect, it } from "vitest";
import { queueInvitations } from "../../domain/meetings/queueInvitations";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";
import { mailTestRig } from "../../testing/mailTestRig";
import { insertMeeting, meetingHost } from "../../testing/meetingFactory";
import { parseInvite } from "../../testing/parseInvite";
import type { TestServer } from "../../testing/testServer";

// Monday 1 March 2027, 09:00 UTC (10:00 in Berlin, where the host works 09:00–17:00 on weekdays).
const NOW = "2027-03-01T09:00:00.000Z";
const { sink, clock } = await mailTestRig(NOW);
const PUBLIC_URL = "https://parley.example";

type Err = {
  error: { code: string; message: string; details: { reason?: string; meeting?: ManagedMeeting } };
};

/** A booked meeting as the booking leaves it: the row and its invitations; returns the link's token from the visitor's mail. */
async function booked(server: TestServer, start: string, extra: { cutoffHours?: number } = {}) {
  const { ctx } = server.parley;
  const admin = await server.admin();
  const siteId = await newSite(admin, "Manage");
  if (extra.cutoffHours !== undefined)
    await admin.patch(`/api/sites/${siteId}/meeting-settings`, { manageCutoffHours: extra.cutoffHours });
  const host = await meetingHost(server, admin, siteId, { timeZone: "Europe/Berlin", meetingMinutes: 30 });
  const email = `visitor-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const meeting = await insertMeeting(ctx.store.db, {
    site_id: siteId,
    user_id: host.id,
    starts_at: start,
    ends_at: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    visitor_email: email,
    visitor_name: "Vera Visitor",
    visitor_time_zone: "America/New_York",
  });
  await ctx.store.db.transaction().execute((trx) => queueInvitations(trx, meeting.id, "booked"));
  ctx.jobs.poke();
  const mail = await sink.waitFor(email);
  const token = decodeURIComponent(mail.text.match(/\/meetings\/manage\?token=([\w.%-]+)/)?.[1] ?? "");
  await sink.waitFor(host.email);
  return { admin, siteId, host, email, meeting, token };
}

const row = (server: TestServer, id: string) =>
  server.parley.ctx.store.db
    .selectFrom("meetings")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

const starts = (view: ManagedMeeting) => view.days.flatMap((d) => d.slots.map((s) => s.start));

describeEachDatabase(
  "the visitor's reschedule and cancel links",
  (server) => {
    beforeEach(() => clock.set(NOW));
    const anonymous = () => server().anonymous();
    const view = (token: string, tz?: string) =>
      anonymous().get<ManagedMeeting>(
        `/api/meetings/manage?token=${encodeURIComponent(token)}${tz ? `&tz=${encodeURIComponent(tz)}` : ""}`,
      );

    it("the link shows the meeting and the host's other free times by the visitor's day", async () => {
      const { token, meeting, host } = await booked(server(), "2027-03-03T09:00:00.000Z");
      const res = await view(token, "Asia/Tokyo");
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        meetingId: meeting.id,
        status: "scheduled",
        start: "2027-03-03T09:00:00.000Z",
        end: "2027-03-03T09:30:00.000Z",
        agentName: host.name,
        timeZone: "Asia/Tokyo",
        canChange: true,
      });
      // Monday 10:00–17:00 in Berlin is 18:00–01:00 in Tokyo: the last two slots fall on Tokyo's Tuesday.
      const [monday, tuesday] = res.body.days;
      expect(monday?.date).toBe("2027-03-01");
      expect(monday?.slots[0]).toEqual({
        start: "2027-03-01T09:00:00.000Z",
        end: "2027-03-01T09:30:00.000Z",
      });
      expect(monday?.slots.at(-1)?.start).toBe("2027-03-01T14:30:00.000Z");
      expect(tuesday?.date).toBe("2027-03-02");
      expect(tuesday?.slots.slice(0, 3).map((s) => s.start)).toEqual([
        "2027-03-01T15:00:00.000Z",
        "2027-03-01T15:30:00.000Z",
        "2027-03-02T08:00:00.000Z",
      ]);
      // The meeting's own time is not offered as a new one; the half hour after it is.
      expect(starts(res.body)).not.toContain("2027-03-03T09:00:00.000Z");
      expect(starts(res.body)).toContain("2027-03-03T09:30:00.000Z");
      // Without tz, the zone the visitor booked in.
      expect((await view(token)).body.timeZone).toBe("America/New_York");
      const bad = await view(token, "Mars/Olympus");
      expect(bad.status).toBe(400);
      expect((bad.body as unknown as Err).error.message).toMatch(/tz is not a time zone/);
    });

    it("rescheduling moves the meeting, raises its SEQUENCE and mails both an updated invitation", async () => {
      const { token, meeting, email, host } = await booked(server(), "2027-03-03T09:00:00.000Z");
      const res = await anonymous().post<ManagedMeeting>("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-04T11:00:00+01:00",
        timeZone: "Europe/Paris",
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        start: "2027-03-04T10:00:00.000Z",
        end: "2027-03-04T10:30:00.000Z",
        timeZone: "Europe/Paris",
        canChange: true,
      });
      expect(await row(server(), meeting.id)).toMatchObject({
        starts_at: "2027-03-04T10:00:00.000Z",
        ends_at: "2027-03-04T10:30:00.000Z",
        status: "scheduled",
        sequence: 1,
        reschedule_count: 1,
        visitor_time_zone: "Europe/Paris",
      });
      const updated = await sink.waitForNth(email, 2);
      expect(updated.subject.replace(/\s/g, " ")).toBe(
        `Updated: Meeting with ${host.name} — Thursday, March 4, 2027 at 11:00 AM`,
      );
      expect(parseInvite(updated)).toMatchObject({
        method: "REQUEST",
        uid: meeting.uid,
        sequence: 1,
        start: "2027-03-04T10:00:00.000Z",
      });
      const hostMail = await sink.waitForNth(host.email, 2);
      expect(hostMail.subject).toMatch(/^Meeting moved: Vera Visitor/);
      expect(parseInvite(hostMail).sequence).toBe(1);
      // The old time is free again, the new one is not offered.
      const again = await view(token);
      expect(starts(again.body)).toContain("2027-03-03T09:00:00.000Z");
      expect(starts(again.body)).not.toContain("2027-03-04T10:00:00.000Z");
    });

    it("a time taken meanwhile is a 409 slot_taken with fresh times, and nothing changes", async () => {
      const { token, meeting, host, siteId, email } = await booked(server(), "2027-03-03T09:00:00.000Z");
      await insertMeeting(server().parley.ctx.store.db, {
        site_id: siteId,
        user_id: host.id,
        starts_at: "2027-03-04T12:00:00.000Z",
        ends_at: "2027-03-04T12:30:00.000Z",
      });
      const res = await anonymous().post<Err>("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-04T12:00:00.000Z",
        timeZone: "America/New_York",
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("slot_taken");
      const fresh = res.body.error.details.meeting as ManagedMeeting;
      expect(starts(fresh)).toContain("2027-03-04T11:00:00.000Z");
      expect(starts(fresh)).not.toContain("2027-03-04T12:00:00.000Z");
      // Outside the host's hours is no slot either.
      const night = await anonymous().post<Err>("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-04T22:00:00.000Z",
        timeZone: "America/New_York",
      });
      expect(night.body.error.code).toBe("slot_taken");
      expect(await row(server(), meeting.id)).toMatchObject({
        starts_at: "2027-03-03T09:00:00.000Z",
        sequence: 0,
        reschedule_count: 0,
      });
      const outbox = await server()
        .parley.ctx.store.db.selectFrom("outbox")
        .select("id")
        .where("recipient", "=", email)
        .execute();
      expect(outbox).toHaveLength(1);
    });

    it("cancelling tells both with METHOD:CANCEL; the link then changes nothing more", async () => {
      const { token, meeting, email, host } = await booked(server(), "2027-03-03T09:00:00.000Z");
      const res = await anonymous().post<ManagedMeeting>("/api/meetings/manage/cancel", {
        token,
        reason: "Something came up",
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: "cancelled", canChange: false, days: [] });
      expect(await row(server(), meeting.id)).toMatchObject({
        status: "cancelled",
        cancelled_at: NOW,
        cancel_reason: "Something came up",
        sequence: 1,
      });
      const cancelled = await sink.waitForNth(email, 2);
      expect(parseInvite(cancelled)).toMatchObject({ method: "CANCEL", sequence: 1, uid: meeting.uid });
      const hostMail = await sink.waitForNth(host.email, 2);
      expect(hostMail.text).toContain("Reason: Something came up");
      expect(parseInvite(hostMail).method).toBe("CANCEL");

      const twice = await anonymous().post<Err>("/api/meetings/manage/cancel", { token });
      expect(twice.status).toBe(409);
      expect(twice.body.error.details.reason).toBe("cancelled");
      const move = await anonymous().post<Err>("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-04T10:00:00.000Z",
        timeZone: "UTC",
      });
      expect(move.status).toBe(409);
      expect(move.body.error.details.reason).toBe("cancelled");
      expect((await row(server(), meeting.id)).sequence).toBe(1);
      expect(sink.mailsTo(email)).toHaveLength(2);
    });

    it("each change of a meeting the host's calendar holds queues a calendar write", async () => {
      const { token, meeting, host } = await booked(server(), "2027-03-03T09:00:00.000Z");
      const { db } = server().parley.ctx.store;
      await db
        .insertInto("calendar_connections")
        .values({
          id: crypto.randomUUID(),
          user_id: host.id,
          kind: "caldav",
          name: "Work",
          url: "http://127.0.0.1:9/dav/",
          username: "host",
          secret: null,
          calendar_url: "http://127.0.0.1:9/dav/work/",
          write_bookings: 1,
          status: "ok",
          last_error: null,
          last_synced_at: null,
          notified_at: null,
          etag: null,
          last_modified: null,
          created_at: NOW,
          updated_at: NOW,
        })
        .execute();
      const writes = async () =>
        (await db.selectFrom("jobs").select("payload").where("kind", "=", "calendar.write").execute())
          .map((j) => JSON.parse(j.payload) as { meetingId: string })
          .filter((p) => p.meetingId === meeting.id);
      expect(await writes()).toHaveLength(0);
      const moved = await anonymous().post("/api/meetings/manage/reschedule", {
        token,
        start: "2027-03-04T10:00:00.000Z",
        timeZone: "UTC",
      });
      expect(moved.status).toBe(200);
      expect(await writes()).toHaveLength(1);
      expect((await anonymous().post("/api/meetings/manage/cancel", { token })).status).toBe(200);
      expect(await writes()).toHaveLength(2);
    });

    it("a tampered link is refused everywhere and changes nothing", async () => {
      const { token, meeting } = await booked(server(), "2027-03-03T09:00:00.000Z");
      const [id, expiry, signature = ""] = token.split(".");
      const forged = [
        `${id}.${Number(expiry) + 86_400}.${signature}`,
        `${id}.${expiry}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
        `${crypto.randomUUID()}.${expiry}.${signature}`,
      ];
      for (const bad of forged) {
        const read = await view(bad);
        expect(read.status).toBe(400);
        expect((read.body as unknown as Err).error.details.reason).toBe("invalid_token");
        const cancel = await anonymous().post<Err>("/api/meetings/manage/cancel", { token: bad });
        expect(cancel.status).toBe(400);
        expect(cancel.body.error.message).toMatch(/not valid/);
      }
      expect(await row(server(), meeting.id)).toMatchObject({ status: "scheduled", sequence: 0 });
    });

    it("past the site's cutoff the link shows the meeting but cannot change it", async () => {
      // Tuesday 10:00 UTC with a 24-hour cutoff: the link works until Monday 10:00 UTC.
      const { token, meeting } = await booked(server(), "2027-03-02T10:00:00.000Z", { cutoffHours: 24 });
      expect((await view(token)).body.canChange).toBe(true);
      clock.set("2027-03-01T10:00:00.000Z");
      const read = await view(token);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ status: "scheduled", canChange: false, days: [] });
      const cancel = await anonymous().post<Err>("/api/meetings/manage/cancel", { token });
      expect(cancel.status).toBe(400);
      expect(cancel.body.error.details.reason).toBe("expired");
      expect(cancel.body.error.message).toMatch(/expired/);
      expect(await row(server(), meeting.id)).toMatchObject({ status: "scheduled", sequence: 0 });
    });
  },
  { env: { SMTP_URL: sink.url, PUBLIC_URL } },
);

describeEachDatabase(
  "the meeting links' rate limit",
  (server) => {
    it("counts every call per address and answers 429 past the limit", async () => {
      const client = server().anonymous();
      for (let i = 0; i < 3; i++)
        expect((await client.get("/api/meetings/manage?token=not-a-real-token")).status).toBe(400);
      const limited = await client.post<Err>("/api/meetings/manage/cancel", { token: "not-a-real-token" });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe("rate_limited");
      expect(limited.headers.get("retry-after")).toBe("60");
    });
  },
  { env: { RATE_LIMIT_MEETING_LINKS: "3/1m" } },
);
