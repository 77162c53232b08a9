import type { Kysely } from "kysely";
import { forbidden } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { grantableSites, sitesWithin } from "../auth/siteReach";

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
  if (change.target) {
    const current = change.target.site_ids === null ? null : parseJson<string[]>(change.target.site_ids, []);
    if (!sitesWithin(current, actor.siteIds))
      throw forbidden("You can only manage users whose sites you can all reach");
  }
  if (change.granted === undefined) return;
  await grantableSites(
    db,
    actor,
    change.granted,
    "You can only give access to sites you can reach: choose them instead of every site",
  );
}
