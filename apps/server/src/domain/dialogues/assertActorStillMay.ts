import type { Permission } from "@parley/protocol/permissions";
import type { Kysely } from "kysely";
import { AppError, forbidden } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { permissionsOf } from "../auth/sessions";

/**
 * Re-reads, inside the caller's transaction, what the actor may do now, and refuses unless they still
 * hold `permission` on the site. The request's actor was read before the transaction began; a role
 * or site access taken away in between must not let one last write through. A key acts with no more
 * than its creator's current rights (as actorFromApiKey).
 */
export async function assertActorStillMay(
  trx: Kysely<Database>,
  actor: Actor,
  permission: Permission,
  siteId: string,
): Promise<void> {
  const userId = actor.kind === "user" ? actor.id : actor.createdBy;
  const user = await trx
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select(["users.active", "users.site_ids", "roles.permissions"])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  if (user?.active !== 1) throw new AppError("unauthenticated", "Sign in again");
  let may = permissionsOf(user.permissions).has(permission);
  let reaches = reachesSite(parseJson<string[] | null>(user.site_ids, null), siteId);
  if (actor.kind === "apiKey") {
    const key = await trx
      .selectFrom("api_keys")
      .select(["scopes", "site_ids", "revoked_at"])
      .where("id", "=", actor.id)
      .executeTakeFirst();
    if (!key || key.revoked_at !== null) throw new AppError("unauthenticated", "This API key is revoked");
    may &&= permissionsOf(key.scopes).has(permission);
    reaches &&= reachesSite(parseJson<string[] | null>(key.site_ids, null), siteId);
  }
  // As the authentication hook answers: a site one cannot reach reads as missing.
  if (!reaches) throw new AppError("not_found", "Site not found");
  if (!may) throw forbidden(`This needs the permission ${permission}`);
}

const reachesSite = (siteIds: string[] | null, siteId: string): boolean =>
  siteIds === null || siteIds.includes(siteId);
