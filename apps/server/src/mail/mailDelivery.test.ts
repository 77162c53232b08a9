import { expect, it } from "vitest";
import type { SettledJob } from "../jobs/jobQueue";
import { randomToken } from "../lib/ids";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { mailTestRig } from "../testing/mailTestRig";
import { MAIL_SEND_JOB, queueMail } from "./queueMail";

const { sink, clock } = await mailTestRig("2026-03-02T10:00:00.000Z");

const freshEmail = () => `mail-${randomToken(5).toLowerCase()}@example.com`;
const isMailJob = (settled: SettledJob) => settled.job.kind === MAIL_SEND_JOB;

describeEachDatabase(
  "outgoing mail: outbox, SMTP and retries",
  (server) => {
    const jobs = () => server().parley.ctx.jobs;
    const db = () => server().parley.ctx.store.db;
    const outboxRow = (recipient: string) =>
      db().selectFrom("outbox").selectAll().where("recipient", "=", recipient).executeTakeFirstOrThrow();

    async function queue(recipient: string, subject: string): Promise<void> {
      await db()
        .transaction()
        .execute((trx) =>
          queueMail(trx, {
            kind: "test",
            to: recipient,
            subject,
            text: `Plain text for ${recipient}`,
            html: "<p>Rich text</p>",
            attachments: [
              {
                filename: "note.txt",
                contentType: "text/plain",
                content: Buffer.from("hello").toString("base64"),
              },
            ],
          }),
        );
      jobs().poke();
    }

    it("a committed mail is sent once, from MAIL_FROM, and the outbox says so", async () => {
      const email = freshEmail();
      const settled = jobs().waitFor(isMailJob);
      await queue(email, "Once only");
      const mail = await sink.waitFor(email);
      expect((await settled).outcome).toBe("done");
      expect(mail).toMatchObject({
        subject: "Once only",
        from: "parley@localhost",
        html: "<p>Rich text</p>",
      });
      expect(mail.text.trim()).toBe(`Plain text for ${email}`);
      expect(mail.attachments).toEqual([
        { filename: "note.txt", contentType: "text/plain", content: "hello" },
      ]);
      const row = await outboxRow(email);
      expect(row).toMatchObject({
        status: "sent",
        attempts: 1,
        last_error: null,
        sent_at: new Date(clock.now()).toISOString(),
      });
      expect(mail.messageId).toBe(row.message_id);
      // Nothing is left to run, and nothing more arrives.
      expect(await jobs().runDue()).toBe(0);
      expect(sink.mailsTo(email)).toHaveLength(1);
    });

    it("a server that refuses at first gets the mail on the retry, after the backoff", async () => {
      const email = freshEmail();
      sink.refuseNext(1);
      const refused = sink.nextRefusal();
      const retried = jobs().waitFor(isMailJob);
      await queue(email, "Second time lucky");
      await refused;
      const first = await retried;
      expect(first.outcome).toBe("retry");
      expect(first.error).toMatch(/451/);
      expect(await outboxRow(email)).toMatchObject({ status: "queued", attempts: 1, sent_at: null });
      expect((await outboxRow(email)).last_error).toMatch(/Busy, try again later/);
      // The backoff holds until the clock reaches it.
      expect(await jobs().runDue()).toBe(0);
      expect(sink.mailsTo(email)).toEqual([]);

      const done = jobs().waitFor(isMailJob);
      clock.advance(1000);
      jobs().poke();
      expect((await done).outcome).toBe("done");
      expect((await sink.waitFor(email)).subject).toBe("Second time lucky");
      expect(await outboxRow(email)).toMatchObject({ status: "sent", attempts: 2, last_error: null });
      expect(sink.mailsTo(email)).toHaveLength(1);
    });

    it("a mail queued in a transaction that rolls back is never written nor sent", async () => {
      const dropped = freshEmail();
      await expect(
        db()
          .transaction()
          .execute(async (trx) => {
            await queueMail(trx, { kind: "test", to: dropped, subject: "Never", text: "Never" });
            throw new Error("the change that needed the mail failed");
          }),
      ).rejects.toThrow("the change that needed the mail failed");
      jobs().poke();
      expect(await jobs().runDue()).toBe(0);
      const rows = await db().selectFrom("outbox").select("id").where("recipient", "=", dropped).execute();
      expect(rows).toEqual([]);
      // A mail queued after it goes out: the queue is running, the rolled-back one simply does not exist.
      const kept = freshEmail();
      await queue(kept, "Kept");
      await sink.waitFor(kept);
      expect(sink.mailsTo(dropped)).toEqual([]);
    });
  },
  { env: { SMTP_URL: sink.url } },
);
