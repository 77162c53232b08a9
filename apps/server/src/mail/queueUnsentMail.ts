import type { Kysely } from "kysely";
import { nowIso } from "../lib/clock";
import type { Database } from "../store/schema";
import { NO_SMTP } from "./sendOutboxMail";
import { enqueueMailSend } from "./queueMail";

/** Mails written at most this long before SMTP was configured go out when it is. */
export const UNSENT_RESEND_DAYS = 7;
export const TOO_OLD_TO_SEND = `not sent: written more than ${UNSENT_RESEND_DAYS} days before SMTP was configured (its links may have expired); read it here and pass it on if it still matters`;

/**
 * At start with SMTP configured: the mails the outbox kept unsent while there was none (status
 * `unsent`) are queued again, each with its own `mail.send` job, and go out once. Mails older than
 * UNSENT_RESEND_DAYS stay unsent and say why. Safe on several nodes starting at once: a row moves from
 * unsent only once, and a job for a mail already sent does nothing. Call `jobs.poke()` after it.
 */
export async function queueUnsentMail(db: Kysely<Database>): Promise<{ queued: number; tooOld: number }> {
  const cutoff = nowIso(-UNSENT_RESEND_DAYS * 24 * 60 * 60_000);
  return db.transaction().execute(async (trx) => {
    const tooOld = await trx
      .updateTable("outbox")
      .set({ last_error: TOO_OLD_TO_SEND, updated_at: nowIso() })
      .where("status", "=", "unsent")
      .where("last_error", "=", NO_SMTP)
      .where("created_at", "<", cutoff)
      .executeTakeFirst();
    const rows = await trx
      .updateTable("outbox")
      .set({ status: "queued", last_error: null, updated_at: nowIso() })
      .where("status", "=", "unsent")
      .where("created_at", ">=", cutoff)
      .returning("id")
      .execute();
    for (const { id } of rows) await enqueueMailSend(trx, id);
    return { queued: rows.length, tooOld: Number(tooOld.numUpdatedRows) };
  });
}
