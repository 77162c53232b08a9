import type { OutboxMail, OutboxMailSummary } from "@parley/protocol/mail";
import { parseJson } from "../lib/json";
import type { OutboxTable } from "../store/schema";
import type { MailAttachment } from "./queueMail";

export const presentOutboxSummary = (row: OutboxTable): OutboxMailSummary => ({
  id: row.id,
  kind: row.kind,
  recipient: row.recipient,
  subject: row.subject,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

/** One outbox mail to read; `readable` false withholds its text (see mayReadMailAbout). */
export const presentOutboxMail = (row: OutboxTable, readable: boolean): OutboxMail => ({
  ...presentOutboxSummary(row),
  messageId: row.message_id,
  text: readable ? row.text_body : null,
  attachments: parseJson<MailAttachment[]>(row.attachments, []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    size: Buffer.from(a.content, "base64").length,
  })),
});
