import type { Kysely } from "kysely";
import { AppError, notFound } from "../../errors";
import { parseJson } from "../../lib/json";
import { lockRows } from "../../store/lockRows";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { sitesWithin } from "../auth/siteReach";

/**
 * Inside a writing transaction: re-reads what the actor may reach *now* (their user row, locked, so a
 * change of their access made meanwhile is either waited for or seen; for a key also the key's own
 * sites) and locks the site row. A site they no longer reach, or one deleted meanwhile, is a 404 — as
 * if it did not exist; a user deactivated or a key revoked meanwhile is a 401.
 */
export async function lockReachableSite(trx: Kysely<Database>, actor: Actor, siteId: string): Promise<void> {
  const userId = actor.kind === "user" ? actor.id : actor.createdBy;
  await lockRows(trx, "users", [userId]);
  const user = await trx
    .selectFrom("users")
    .select(["site_ids", "active"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!user || !user.active) throw new AppError("unauthenticated", "This account is no longer active");
  const reach = (ids: string | null) => (ids === null ? null : parseJson<string[]>(ids, []));
  let reaches = sitesWithin([siteId], reach(user.site_ids));
  if (actor.kind === "apiKey") {
    const key = await trx
      .selectFrom("api_keys")
      .select(["site_ids", "revoked_at"])
      .where("id", "=", actor.id)
      .executeTakeFirst();
    if (!key || key.revoked_at) throw new AppError("unauthenticated", "This API key is unknown or revoked");
    reaches &&= sitesWithin([siteId], reach(key.site_ids));
  }
  if (!reaches || !sitesWithin([siteId], actor.siteIds)) throw notFound("Site");
  const locked = await trx
    .updateTable("sites")
    .set((eb) => ({ id: eb.ref("id") }))
    .where("id", "=", siteId)
    .executeTakeFirst();
  if (locked.numUpdatedRows === 0n) throw notFound("Site");
}
