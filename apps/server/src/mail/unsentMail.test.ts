import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SettledJob } from "../jobs/jobQueue";
import { randomToken } from "../lib/ids";
import { roleId } from "../testing/factories";
import { linkToken } from "../testing/mailLinks";
import { mailTestRig } from "../testing/mailTestRig";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../testing/testDatabases";
import { startTestServer, type TestServer } from "../testing/testServer";
import { MAIL_SEND_JOB, queueMail } from "./queueMail";
import { TOO_OLD_TO_SEND, UNSENT_RESEND_DAYS } from "./queueUnsentMail";
import { NO_SMTP } from "./sendOutboxMail";

const NOW = "2026-03-02T10:00:00.000Z";
const { sink, clock } = await mailTestRig(NOW);
const isMailJob = (settled: SettledJob) => settled.job.kind === MAIL_SEND_JOB;
const freshEmail = () => `unsent-${randomToken(5).toLowerCase()}@example.com`;

interface OutboxItem {
  id: string;
  recipient: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

for (const kind of DATABASE_KINDS) {
  describe(`mail kept while no SMTP was configured [${kind}]`, () => {
    let db: TestDatabase;
    let server: TestServer | null = null;
    /** A fresh node on the same database; `worker: false` leaves its due jobs to runDue(), in step with the test. */
    const restart = async (env: Record<string, string>, worker = true) => {
      await server?.close();
      server = await startTestServer(db, { env, options: { jobs: { start: worker } } });
      return server;
    };
    beforeAll(async () => {
      db = await createTestDatabase(kind);
    });
    afterAll(async () => {
      await server?.close();
      await db?.drop();
    });

    it("goes out once after a restart with SMTP_URL; a mail older than a week stays, saying why", async () => {
      const first = await restart({});
      const admin = await first.admin();
      // A week and a day ago, a mail nobody could send.
      const stale = freshEmail();
      clock.set(new Date(Date.parse(NOW) - (UNSENT_RESEND_DAYS + 1) * 86_400_000).toISOString());
      const staleSettled = first.parley.ctx.jobs.waitFor(isMailJob);
      await first.parley.ctx.store.db
        .transaction()
        .execute((trx) => queueMail(trx, { kind: "test", to: stale, subject: "Old news", text: "Old news" }));
      first.parley.ctx.jobs.poke();
      expect((await staleSettled).outcome).toBe("done");
      clock.set(NOW);

      // Today: an invitation, kept unsent for the admin to read.
      const invited = freshEmail();
      const settled = first.parley.ctx.jobs.waitFor(isMailJob);
      const res = await admin.post("/api/users/invite", {
        email: invited,
        name: "Una Unsent",
        roleId: await roleId(admin, "live_agent"),
        siteIds: null,
      });
      expect(res.status).toBe(201);
      expect((await settled).outcome).toBe("done");
      const before = (await admin.get<OutboxItem[]>("/api/outbox")).body;
      expect(before.find((m) => m.recipient === invited)).toMatchObject({
        status: "unsent",
        lastError: NO_SMTP,
      });
      expect(before.find((m) => m.recipient === stale)).toMatchObject({
        status: "unsent",
        lastError: NO_SMTP,
      });
      expect(sink.mailsTo(invited)).toEqual([]);

      // The operator sets SMTP_URL and restarts: the invitation arrives, and its link works.
      const second = await restart({ SMTP_URL: sink.url }, false);
      await second.parley.ctx.jobs.runDue();
      expect(sink.mailsTo(invited)).toHaveLength(1);
      const mail = await sink.waitFor(invited);
      expect(mail.subject).toBe("You're invited to Parley");
      const accepted = await second.anonymous().post("/api/auth/password-link", {
        token: linkToken(mail, "accept-invite"),
        password: "sent-at-last-pw",
      });
      expect(accepted.status).toBe(200);
      const after = (await (await second.admin()).get<OutboxItem[]>("/api/outbox")).body;
      expect(after.find((m) => m.recipient === invited)).toMatchObject({
        status: "sent",
        attempts: 2,
        lastError: null,
      });
      expect(after.find((m) => m.recipient === stale)).toMatchObject({
        status: "unsent",
        lastError: TOO_OLD_TO_SEND,
      });

      // Another restart sends nothing twice.
      const third = await restart({ SMTP_URL: sink.url }, false);
      await third.parley.ctx.jobs.runDue();
      expect(sink.mailsTo(invited)).toHaveLength(1);
      expect(sink.mailsTo(stale)).toEqual([]);
    });
  });
}
