import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/**
 * Whether a visitor may see and change their person's stored values: when the person is their own
 * anonymous record (no email), or when they proved the person's email with a signature from the
 * site's backend. An email merely typed links the visitor for the marketer's records, nothing more.
 */
export async function visitorTrust(
  db: Kysely<Database>,
  visitorId: string,
): Promise<{ personId: string | null; trusted: boolean; given: string }> {
  const row = await db
    .selectFrom("visitors")
    .leftJoin("people", "people.id", "visitors.person_id")
    .select(["visitors.person_id", "visitors.verified_email", "visitors.given", "people.email"])
    .where("visitors.id", "=", visitorId)
    .executeTakeFirstOrThrow();
  const trusted = row.email === null || (row.verified_email !== null && row.verified_email === row.email);
  return { personId: row.person_id, trusted, given: row.given };
}
