import { type Kysely, sql } from "kysely";
import type { Database } from "../../store/schema";

/** Whom an erasure is about: everything below belongs to one site. */
export interface ErasureScope {
  siteId: string;
  /** The erased person (a person erasure), else null. */
  personId: string | null;
  visitorIds: readonly string[];
  conversationIds: readonly string[];
  /** Every email address of theirs the erasure found (person, verified, given, meetings). */
  emails: readonly string[];
}

/** A LIKE pattern that finds `value` anywhere, its wildcards escaped (with ESCAPE '!'). */
const containing = (value: string) => `%${value.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/**
 * Inside the erasure's transaction: removes the site's webhook deliveries (and their attempt logs)
 * whose payload names this person or visitor — their ids, their conversations or an email of theirs
 * — and returns how many went. Deliveries already sent cannot be called back; what is gone is
 * Parley's copy. Nothing of another site is touched.
 */
export async function eraseWebhookData(trx: Kysely<Database>, scope: ErasureScope): Promise<number> {
  const needles = [scope.personId, ...scope.visitorIds, ...scope.conversationIds, ...scope.emails].filter(
    (value): value is string => !!value,
  );
  if (!needles.length) return 0;
  let removed = 0;
  // A few needles per statement keeps each one small on both databases.
  for (let i = 0; i < needles.length; i += 50) {
    const patterns = needles.slice(i, i + 50).map(containing);
    const ids = (
      await trx
        .selectFrom("webhook_deliveries")
        .select("id")
        .where("site_id", "=", scope.siteId)
        .where((eb) => eb.or(patterns.map((p) => sql<boolean>`payload LIKE ${p} ESCAPE '!'`)))
        .execute()
    ).map((row) => row.id);
    for (let j = 0; j < ids.length; j += 500) {
      const chunk = ids.slice(j, j + 500);
      await trx.deleteFrom("webhook_attempts").where("delivery_id", "in", chunk).execute();
      await trx.deleteFrom("webhook_deliveries").where("id", "in", chunk).execute();
    }
    removed += ids.length;
  }
  return removed;
}
