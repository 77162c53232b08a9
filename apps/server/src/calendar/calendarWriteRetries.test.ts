import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser } from "../testing/factories";
import { freePort } from "../testing/freePort";
import { mailTestRig } from "../testing/mailTestRig";
import { CALENDAR_WRITE_JOB, enqueueCalendarWrite } from "./enqueueCalendarWrite";
import { sealSecret } from "./secretBox";
import { insertTestMeeting } from "./testMeetingRow";

const START = "2027-03-01T12:00:00.000Z";
const { sink, clock } = await mailTestRig(START);

describeEachDatabase(
  "calendar.write retries",
  (server) => {
    beforeAll(() => clock.set(START));
    const db = () => server().parley.ctx.store.db;
    const jobs = () => server().parley.ctx.jobs;

    it("a calendar server that cannot be reached is retried with backoff; the last attempt marks it and mails once", async () => {
      const admin = await server().admin();
      const agent = await buildUser(server(), admin, "calendar_agent");
      // Nothing listens on this port: every attempt is refused at once.
      const dead = `http://127.0.0.1:${await freePort()}/`;
      const id = crypto.randomUUID();
      await db()
        .insertInto("calendar_connections")
        .values({
          id,
          user_id: agent.id,
          kind: "caldav",
          name: "Work",
          url: dead,
          username: "agent",
          secret: sealSecret(server().parley.ctx.secretKey, "pw", id),
          calendar_url: `${dead}agent/work/`,
          write_bookings: 1,
          status: "ok",
          last_error: null,
          last_synced_at: START,
          notified_at: null,
          etag: null,
          last_modified: null,
          created_at: START,
          updated_at: START,
        })
        .execute();
      const meeting = await insertTestMeeting(db(), agent.id);
      await db()
        .transaction()
        .execute((trx) => enqueueCalendarWrite(trx, meeting.id));
      const job = () =>
        db()
          .selectFrom("jobs")
          .select(["status", "attempts", "run_at"])
          .where("kind", "=", CALENDAR_WRITE_JOB)
          .where("payload", "like", `%${meeting.id}%`)
          .executeTakeFirstOrThrow();
      const connection = () =>
        db().selectFrom("calendar_connections").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

      await jobs().runDue();
      const first = await job();
      expect(first).toMatchObject({ status: "queued", attempts: 1 });
      // The queue's backoff: the next attempt waits (1 s after the first failure).
      expect(Date.parse(first.run_at)).toBeGreaterThan(clock.now());
      expect((await connection()).status).toBe("ok");
      expect(sink.mailsTo(agent.email)).toHaveLength(0);

      for (let attempt = 2; attempt <= 8; attempt++) {
        clock.set(new Date(Date.parse((await job()).run_at)).toISOString());
        await jobs().runDue();
      }
      expect(await job()).toMatchObject({ status: "failed", attempts: 8 });
      expect(await connection()).toMatchObject({ status: "needs_attention" });
      expect((await connection()).last_error).toMatch(
        /^The calendar server could not be reached \(the connection was refused\) \(writing the meeting on 2027-03-03 15:00 UTC\)$/,
      );
      expect(sink.mailsTo(agent.email)).toHaveLength(1);
    });
  },
  { env: { PARLEY_OUTBOUND_ALLOW: "127.0.0.1", SMTP_URL: sink.url }, options: { jobs: { start: false } } },
);
