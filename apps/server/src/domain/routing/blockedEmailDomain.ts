import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/**
 * The blocked domain (site setting `blockedEmailDomains`) of the conversation's person's email, or
 * null: a visitor from a blocked domain is never routed to an agent.
 */
export async function blockedEmailDomain(
  db: Kysely<Database>,
  siteId: string,
  personId: string | null,
): Promise<string | null> {
  if (!personId) return null;
  const row = await db
    .selectFrom("people")
    .innerJoin("sites", "sites.id", "people.site_id")
    .select(["people.email", "sites.blocked_email_domains"])
    .where("people.id", "=", personId)
    .where("sites.id", "=", siteId)
    .executeTakeFirst();
  const domain = row?.email?.trim().toLowerCase().split("@")[1];
  if (!row || !domain) return null;
  const blocked = parseJson<string[]>(row.blocked_email_domains, []).map((d) => d.toLowerCase());
  return blocked.includes(domain) ? domain : null;
}
