import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { mailTestRig } from "../../testing/mailTestRig";
import { insertMeeting, meetingHost } from "../../testing/meetingFactory";
import { parseInvite } from "../../testing/parseInvite";
import type { TestServer } from "../../testing/testServer";
import { quickSite } from "../../testing/visitorClient";
import { MEETING_INVITATIONS_JOB, queueInvitations } from "./queueInvitations";
import { sendMeetingInvitations } from "./sendMeetingInvitations";

// Monday 1 March 2027; the meeting is on Wednesday 3 March, 15:00 UTC.
const { sink } = await mailTestRig("2027-03-01T09:00:00.000Z");
const START = "2027-03-03T15:00:00.000Z";
const END = "2027-03-03T15:30:00.000Z";

async function bookedMeeting(server: TestServer) {
  const admin = await server.admin();
  const site = await quickSite(admin);
  const host = await meetingHost(server, admin, site.id, { timeZone: "Europe/Berlin" });
  const email = `vera-${crypto.randomUUID().slice(0, 6)}@example.org`;
  const { db } = server.parley.ctx.store;
  const meeting = await insertMeeting(db, {
    site_id: site.id,
    user_id: host.id,
    starts_at: START,
    ends_at: END,
    visitor_email: email,
  });
  return { host, email, meeting };
}

describeEachDatabase(
  "meeting invitations after the commit",
  (server) => {
    const ctx = () => server().parley.ctx;
    const mailsFor = (meetingRecipients: string[]) =>
      ctx()
        .store.db.selectFrom("outbox")
        .select(["recipient", "subject"])
        .where("recipient", "in", meetingRecipients)
        .execute();

    it("commit with the change, survive a process that dies before rendering, and are written once however often the job runs", async () => {
      const { host, email, meeting } = await bookedMeeting(server());
      const { db } = ctx().store;
      await db.transaction().execute((trx) => queueInvitations(trx, meeting.id, "booked"));
      // The process dies here: no job has run. What the booking owes is in the database.
      const [job] = await db
        .selectFrom("jobs")
        .select(["id", "payload", "status"])
        .where("kind", "=", MEETING_INVITATIONS_JOB)
        .where("payload", "like", "%invitationId%")
        .orderBy("created_at", "desc")
        .execute();
      expect(job?.status).toBe("queued");
      expect(await mailsFor([email, host.email])).toEqual([]);

      // Moved again before the job ran (that change queues its own invitation): this one keeps its time.
      await db
        .updateTable("meetings")
        .set({ starts_at: "2027-03-04T10:00:00.000Z", ends_at: "2027-03-04T10:30:00.000Z", sequence: 1 })
        .where("id", "=", meeting.id)
        .execute();

      // Delivered twice (at least once: a node took over an expired lease): two mails, not four.
      const payload = JSON.parse(job!.payload) as unknown;
      await Promise.all([sendMeetingInvitations(ctx(), payload), sendMeetingInvitations(ctx(), payload)]);
      await sendMeetingInvitations(ctx(), payload);
      expect((await mailsFor([email, host.email])).map((m) => m.recipient).sort()).toEqual(
        [email, host.email].sort(),
      );

      await ctx().jobs.runDue();
      const visitorMail = await sink.waitFor(email);
      expect(parseInvite(visitorMail)).toMatchObject({
        method: "REQUEST",
        sequence: 0,
        start: START,
        end: END,
      });
      expect(parseInvite(await sink.waitFor(host.email))).toMatchObject({ start: START });
    });

    it("a meeting deleted before its invitations were rendered sends nothing", async () => {
      const { host, email, meeting } = await bookedMeeting(server());
      const { db } = ctx().store;
      await db.transaction().execute((trx) => queueInvitations(trx, meeting.id, "booked"));
      await db.deleteFrom("meetings").where("id", "=", meeting.id).execute();
      await ctx().jobs.runDue();
      expect(await mailsFor([email, host.email])).toEqual([]);
      expect(
        await db
          .selectFrom("meeting_invitations")
          .select("id")
          .where("meeting_id", "=", meeting.id)
          .execute(),
      ).toEqual([]);
    });
  },
  { env: { SMTP_URL: sink.url }, options: { jobs: { start: false } } },
);
