import type { Kysely } from "kysely";
import { badRequest, fieldProblem, forbidden } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "./actor";

/**
 * Whether an actor who reaches only `reach` reaches everything `sites` covers (null: every site).
 * `reach` null means every site, which covers anything.
 */
export function sitesWithin(sites: readonly string[] | null, reach: readonly string[] | null): boolean {
  if (reach === null) return true;
  return sites !== null && sites.every((id) => reach.includes(id));
}

/**
 * Site access is granted only from what one has: a list of sites the actor gives (to a user or a
 * key) must name existing sites within their reach — for a limited actor, sites they cannot reach
 * read as not existing — and "every site" (null) only one who reaches every site may give.
 * Returns the list without repeats. `everySiteRefusal`: the message when a limited actor asks for null.
 */
export async function grantableSites(
  db: Kysely<Database>,
  actor: Actor,
  granted: readonly string[] | null,
  everySiteRefusal: string,
): Promise<string[] | null> {
  const reach = actor.siteIds;
  if (granted === null) {
    if (reach !== null) throw forbidden(everySiteRefusal);
    return null;
  }
  const wanted = [...new Set(granted)];
  const existing =
    wanted.length === 0 ? [] : await db.selectFrom("sites").select("id").where("id", "in", wanted).execute();
  const known = new Set(existing.map((s) => s.id).filter((id) => reach === null || reach.includes(id)));
  if (wanted.some((id) => !known.has(id)))
    throw badRequest(
      "A site in the list does not exist",
      fieldProblem("siteIds", "names a site that does not exist"),
    );
  return wanted;
}
