import type { Kysely } from "kysely";
import { badRequest, fieldProblem, forbidden } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";

const within = (sites: readonly string[] | null, reach: readonly string[]) =>
  sites !== null && sites.every((id) => reach.includes(id));

/**
 * Site access is granted only from what one has. A user manager limited to some sites manages only
 * users whose sites they can all reach, and gives only those sites (never "every site"). Every site
 * named must exist (for a limited manager, sites they cannot reach read as not existing).
 *
 * `target`: the user being changed (their stored `site_ids`), or undefined for a new user.
 * `granted`: the site access being set, or undefined when it is not changed.
 */
export async function assertMayGrantSites(
  db: Kysely<Database>,
  actor: Actor,
  change: { target?: { site_ids: string | null }; granted: string[] | null | undefined },
): Promise<void> {
  const reach = actor.siteIds;
  if (reach !== null && change.target) {
    const current = change.target.site_ids === null ? null : parseJson<string[]>(change.target.site_ids, []);
    if (!within(current, reach)) throw forbidden("You can only manage users whose sites you can all reach");
  }
  if (change.granted === undefined) return;
  if (change.granted === null) {
    if (reach !== null)
      throw forbidden("You can only give access to sites you can reach: choose them instead of every site");
    return;
  }
  const wanted = [...new Set(change.granted)];
  const existing =
    wanted.length === 0 ? [] : await db.selectFrom("sites").select("id").where("id", "in", wanted).execute();
  const known = new Set(existing.map((s) => s.id).filter((id) => reach === null || reach.includes(id)));
  if (wanted.some((id) => !known.has(id)))
    throw badRequest(
      "A site in the list does not exist",
      fieldProblem("siteIds", "names a site that does not exist"),
    );
}
