import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

export interface AccountMatch {
  routeId: string;
  ownerId: string;
  /** What matched: the person's company, or an email domain (theirs or their company's). */
  via: "company" | "domain";
  domain: string | null;
}

/**
 * The account list's entry for the conversation's person (product.md §5, account routing): their
 * company's entry first, else one for their email domain or their company's domain.
 */
export async function accountOwnerFor(
  db: Kysely<Database>,
  siteId: string,
  personId: string | null,
): Promise<AccountMatch | null> {
  if (!personId) return null;
  const person = await db
    .selectFrom("people")
    .leftJoin("companies", "companies.id", "people.company_id")
    .select(["people.email", "people.company_id", "companies.domain as companyDomain"])
    .where("people.id", "=", personId)
    .executeTakeFirst();
  if (!person) return null;
  if (person.company_id) {
    const byCompany = await db
      .selectFrom("account_routes")
      .select(["id", "owner_id"])
      .where("site_id", "=", siteId)
      .where("company_id", "=", person.company_id)
      .executeTakeFirst();
    if (byCompany)
      return { routeId: byCompany.id, ownerId: byCompany.owner_id, via: "company", domain: null };
  }
  const domains = [
    person.email?.trim().toLowerCase().split("@")[1],
    person.companyDomain?.toLowerCase(),
  ].filter((d): d is string => !!d);
  if (!domains.length) return null;
  const byDomain = await db
    .selectFrom("account_routes")
    .select(["id", "owner_id", "domain"])
    .where("site_id", "=", siteId)
    .where("domain", "in", domains)
    .execute();
  // The person's own email domain wins over their company's.
  const hit = domains.map((d) => byDomain.find((r) => r.domain === d)).find((r) => r !== undefined);
  return hit ? { routeId: hit.id, ownerId: hit.owner_id, via: "domain", domain: hit.domain } : null;
}
