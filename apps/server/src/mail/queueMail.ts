import type { Kysely } from "kysely";
import { enqueueJob } from "../jobs/enqueueJob";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import { toJson } from "../lib/json";
import type { Database } from "../store/schema";

export const MAIL_SEND_JOB = "mail.send";
/** Attempts before a mail is marked failed: with the queue's backoff (1 s doubling) about three hours. */
export const MAIL_MAX_ATTEMPTS = 15;

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** The file's bytes, base64. */
  content: string;
}

export interface OutgoingMail {
  /** What the mail is about: "invite", "password_reset", … */
  kind: string;
  /** The user the mail is about, when there is one. */
  userId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[];
}

/**
 * Writes a mail to the outbox and the job that sends it. Pass the caller's transaction: the mail then
 * goes out only if the change that needs it commits. Call `ctx.jobs.poke()` after the commit.
 */
export async function queueMail(db: Kysely<Database>, mail: OutgoingMail): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("outbox")
    .values({
      id,
      kind: mail.kind,
      user_id: mail.userId ?? null,
      recipient: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html ?? null,
      attachments: mail.attachments?.length ? toJson(mail.attachments) : null,
      status: "queued",
      attempts: 0,
      last_error: null,
      // Fixed before the first attempt, so a retried send is recognisable as the same mail.
      message_id: `<${id}@parley>`,
      sent_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await enqueueMailSend(db, id);
  return id;
}

/** The `mail.send` job of an outbox row, in the caller's transaction (one per mail: its dedupe key). */
export async function enqueueMailSend(db: Kysely<Database>, outboxId: string): Promise<void> {
  await enqueueJob(db, {
    kind: MAIL_SEND_JOB,
    payload: { outboxId },
    dedupeKey: `mail:${outboxId}`,
    maxAttempts: MAIL_MAX_ATTEMPTS,
  });
}
