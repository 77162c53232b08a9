import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, SiteTable } from "../../store/schema";
import { isOriginAllowed } from "../sites/isOriginAllowed";
import { signVisitorToken, verifyVisitorToken } from "./visitorToken";

export async function findSiteByKey(db: Kysely<Database>, siteKey: string): Promise<SiteTable> {
  const site = await db.selectFrom("sites").selectAll().where("site_key", "=", siteKey).executeTakeFirst();
  if (!site) throw new AppError("not_found", "Unknown site key");
  return site;
}

/** Refuses a browser origin that is not one of the site's allowed domains. No Origin (server-to-server) passes. */
export function assertOriginAllowed(site: SiteTable, origin: string | undefined): void {
  if (origin === undefined) return;
  if (!isOriginAllowed(parseJson<string[]>(site.allowed_domains, []), origin)) {
    throw new AppError("domain_not_allowed", `Parley is not enabled for ${origin} on this site`);
  }
}

/**
 * Returns the visitor for a token the widget kept, or creates a new anonymous visitor.
 * A token for another site, or a forged one, gets a new visitor rather than an error.
 * The request's origin and, when given, the page it was made for must be on the site's allowed
 * domains (checked first: a refused page creates nothing).
 */
export async function issueVisitor(
  db: Kysely<Database>,
  secret: string,
  input: { siteKey: string; origin: string | undefined; token?: string; pageUrl?: string },
): Promise<{ visitorId: string; token: string; siteId: string }> {
  const site = await findSiteByKey(db, input.siteKey);
  assertOriginAllowed(site, input.origin);
  // The page itself must be on an allowed domain, whatever the request's origin says.
  if (input.pageUrl !== undefined) assertOriginAllowed(site, new URL(input.pageUrl).origin);
  const known = input.token ? verifyVisitorToken(secret, input.token) : null;
  const now = nowIso();
  if (known && known.siteId === site.id) {
    const updated = await db
      .updateTable("visitors")
      .set({ last_seen_at: now })
      .where("id", "=", known.visitorId)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n)
      return { visitorId: known.visitorId, token: input.token ?? "", siteId: site.id };
  }
  return { ...(await createVisitor(db, secret, site.id)), siteId: site.id };
}

/** A new anonymous visitor of the site and its token; `attributes`: those of the page it came on. */
export async function createVisitor(
  db: Kysely<Database>,
  secret: string,
  siteId: string,
  attributes: object = {},
): Promise<{ visitorId: string; token: string }> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("visitors")
    .values({
      id,
      site_id: siteId,
      person_id: null,
      attributes: toJson(attributes),
      first_seen_at: now,
      last_seen_at: now,
    })
    .execute();
  return { visitorId: id, token: signVisitorToken(secret, id, siteId) };
}
