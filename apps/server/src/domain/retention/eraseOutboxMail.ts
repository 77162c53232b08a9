import { type Kysely, sql } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";

/** A LIKE pattern that finds `value` anywhere, its wildcards escaped (with ESCAPE '!'). */
const containing = (value: string) => `%${value.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** What a sent mail keeps once the person it named is erased: that it went, when, to whom. */
export const ERASED_MAIL_SUBJECT = "(erased)";

/**
 * Inside the erasure's transaction: the outbox mails about them — addressed to one of their emails
 * (not to a user account), or naming one in the subject or body (a host's invitation mail carries
 * the visitor's email and the chat transcript; a missed-chat mail their email). Mail not sent yet
 * (queued, failed, unsent) is removed with its send job, so it never goes out; mail already sent
 * keeps its row (that it went, to whom, when) with subject, bodies and attachments emptied. The
 * outbox has no site, so an address another site also knows (a person or a meeting there) keeps its
 * mail: it cannot be told whose it is. Returns how many mails were removed or emptied.
 */
export async function eraseOutboxMail(
  trx: Kysely<Database>,
  siteId: string,
  emails: readonly string[],
  dropJobsAbout: (ids: readonly string[]) => Promise<void>,
): Promise<number> {
  if (emails.length === 0) return 0;
  const elsewhere = new Set<string>();
  const people = await trx
    .selectFrom("people")
    .select("email")
    .where("site_id", "!=", siteId)
    .where((eb) => eb(eb.fn("lower", ["email"]), "in", emails))
    .execute();
  const meetings = await trx
    .selectFrom("meetings")
    .select("visitor_email as email")
    .where("site_id", "!=", siteId)
    .where((eb) => eb(eb.fn("lower", ["visitor_email"]), "in", emails))
    .execute();
  for (const row of [...people, ...meetings]) if (row.email) elsewhere.add(row.email.toLowerCase());
  const ours = emails.filter((e) => !elsewhere.has(e));
  if (ours.length === 0) return 0;

  const mails = await trx
    .selectFrom("outbox")
    .select(["id", "status"])
    .where((eb) =>
      eb.or([
        eb.and([eb("user_id", "is", null), eb(eb.fn("lower", ["recipient"]), "in", ours)]),
        ...ours.flatMap((email) => {
          const pattern = containing(email);
          return [
            sql<boolean>`lower(subject) LIKE ${pattern} ESCAPE '!'`,
            sql<boolean>`lower(text_body) LIKE ${pattern} ESCAPE '!'`,
          ];
        }),
      ]),
    )
    .execute();
  if (mails.length === 0) return 0;
  const unsent = mails.filter((m) => m.status !== "sent").map((m) => m.id);
  const sent = mails.filter((m) => m.status === "sent").map((m) => m.id);
  for (let i = 0; i < unsent.length; i += 500) {
    const chunk = unsent.slice(i, i + 500);
    await dropJobsAbout(chunk);
    await trx.deleteFrom("outbox").where("id", "in", chunk).execute();
  }
  for (let i = 0; i < sent.length; i += 500)
    await trx
      .updateTable("outbox")
      .set({
        subject: ERASED_MAIL_SUBJECT,
        text_body: "",
        html_body: null,
        attachments: null,
        last_error: null,
        updated_at: nowIso(),
      })
      .where("id", "in", sent.slice(i, i + 500))
      .execute();
  return mails.length;
}
