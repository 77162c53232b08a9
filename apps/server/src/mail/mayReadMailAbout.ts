import type { Kysely } from "kysely";
import type { Actor } from "../domain/auth/actor";
import { permissionsOf } from "../domain/auth/sessions";
import { sitesWithin } from "../domain/auth/siteReach";
import { permissionsBeyond } from "../domain/roles/permissionsBeyond";
import { parseJson } from "../lib/json";
import type { Database } from "../store/schema";

/**
 * Whether the actor may read a mail about this user: its link would let the reader into their
 * account, so only one who may manage them (holds all their role's permissions and reaches all
 * their sites, as assertMayGrantRole/Sites require) reads it; a mail about nobody anyone may.
 */
export async function mayReadMailAbout(
  db: Kysely<Database>,
  actor: Actor,
  userId: string | null,
): Promise<boolean> {
  if (userId === null) return true;
  const target = await db
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select(["users.site_ids", "roles.permissions"])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  if (!target) return true;
  const sites = parseJson<string[] | null>(target.site_ids, null);
  return (
    sitesWithin(sites, actor.siteIds) && permissionsBeyond(actor, permissionsOf(target.permissions)) === null
  );
}
