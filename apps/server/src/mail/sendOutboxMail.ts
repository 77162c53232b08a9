import type { Kysely } from "kysely";
import { PermanentJobError } from "../jobs/jobErrors";
import type { JobHandler } from "../jobs/jobQueue";
import { nowIso } from "../lib/clock";
import { parseJson } from "../lib/json";
import type { Database } from "../store/schema";
import type { MailTransport } from "./mailTransport";
import type { MailAttachment } from "./queueMail";

export const NO_SMTP = "not sent: no SMTP configured (set SMTP_URL)";

/**
 * The `mail.send` job: sends one outbox mail through SMTP and records the outcome on it. A refusal
 * the server calls temporary (4xx) or a connection failure is retried by the queue with backoff; a
 * permanent one (5xx) fails the mail at once. Without a transport the mail stays in the outbox, unsent.
 */
export function sendOutboxMail(
  db: Kysely<Database>,
  transport: MailTransport | null,
  from: string,
): JobHandler {
  return async (payload, job) => {
    const outboxId = (payload as { outboxId?: unknown } | null)?.outboxId;
    if (typeof outboxId !== "string") throw new PermanentJobError("mail.send needs an outboxId");
    const mail = await db.selectFrom("outbox").selectAll().where("id", "=", outboxId).executeTakeFirst();
    if (!mail) throw new PermanentJobError(`outbox mail ${outboxId} does not exist`);
    // At-least-once delivery of jobs: a mail already sent is not sent again.
    if (mail.status === "sent") return;
    const record = (set: { status: Database["outbox"]["status"]; last_error: string | null }) =>
      db
        .updateTable("outbox")
        .set((eb) => ({
          ...set,
          attempts: eb("attempts", "+", 1),
          updated_at: nowIso(),
          ...(set.status === "sent" && { sent_at: nowIso() }),
        }))
        .where("id", "=", outboxId)
        .execute();
    if (!transport) {
      await record({ status: "unsent", last_error: NO_SMTP });
      return;
    }
    try {
      await transport.sendMail({
        from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body ?? undefined,
        messageId: mail.message_id,
        attachments: parseJson<MailAttachment[]>(mail.attachments, []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, "base64"),
        })),
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const code = (err as { responseCode?: unknown }).responseCode;
      const permanent = typeof code === "number" && code >= 500;
      const last = permanent || job.attempts >= job.max_attempts;
      await record({ status: last ? "failed" : "queued", last_error: message });
      throw permanent ? new PermanentJobError(message) : err;
    }
    await record({ status: "sent", last_error: null });
  };
}
