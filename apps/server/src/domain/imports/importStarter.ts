import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import { lockRows } from "../../store/lockRows";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { permissionsOf } from "../auth/sessions";
import { sitesWithin } from "../auth/siteReach";

/** Who started an import's run: a user, or an API key (which acts within its creator's rights). */
export interface ImportStarter {
  userId: string;
  apiKeyId: string | null;
}

export const starterOf = (actor: Actor): ImportStarter =>
  actor.kind === "user"
    ? { userId: actor.id, apiKeyId: null }
    : { userId: actor.createdBy, apiKeyId: actor.id };

/** The starter a job's payload names; a job queued before runs named theirs falls back to the uploader. */
export function starterInPayload(payload: unknown, uploader: string | null): ImportStarter {
  const named = (payload as { startedBy?: Partial<ImportStarter> } | null)?.startedBy;
  if (named && typeof named.userId === "string")
    return { userId: named.userId, apiKeyId: typeof named.apiKeyId === "string" ? named.apiKeyId : null };
  // An uploader since deleted is nobody: the run's first batch finds no such user and stops.
  return { userId: uploader ?? "", apiKeyId: null };
}

const reachOf = (ids: string | null) => (ids === null ? null : parseJson<string[]>(ids, []));

/**
 * Inside a batch's writing transaction: who can no longer run the import on this site, or null when
 * the starter still may. Re-reads the starter's user row and role (locked, as lockReachableSite
 * does, so a change of their access made meanwhile is waited for or seen): active, reaching the
 * site, holding `people.manage`; for a key also not revoked, scoped to `people.manage` and reaching
 * the site.
 */
export async function starterWhoLostAccess(
  trx: Kysely<Database>,
  starter: ImportStarter,
  siteId: string,
): Promise<string | null> {
  await lockRows(trx, "users", [starter.userId]);
  const user = await trx
    .selectFrom("users")
    .select(["name", "email", "active", "site_ids", "role_id"])
    .where("id", "=", starter.userId)
    .executeTakeFirst();
  if (!user) return "its starter (a deleted user)";
  await lockRows(trx, "roles", [user.role_id]);
  const role = await trx
    .selectFrom("roles")
    .select("permissions")
    .where("id", "=", user.role_id)
    .executeTakeFirst();
  const name = user.name || user.email;
  const userMay =
    user.active === 1 &&
    sitesWithin([siteId], reachOf(user.site_ids)) &&
    permissionsOf(role?.permissions ?? "[]").has("people.manage");
  if (!starter.apiKeyId) return userMay ? null : name;
  const key = await trx
    .selectFrom("api_keys")
    .select(["name", "scopes", "site_ids", "revoked_at"])
    .where("id", "=", starter.apiKeyId)
    .executeTakeFirst();
  const keyMay =
    !!key &&
    key.revoked_at === null &&
    sitesWithin([siteId], reachOf(key.site_ids)) &&
    permissionsOf(key.scopes).has("people.manage");
  return userMay && keyMay ? null : `the API key "${key?.name ?? "deleted"}" of ${name}`;
}
