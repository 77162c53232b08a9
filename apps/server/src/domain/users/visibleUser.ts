import type { User } from "@parley/protocol/users";
import type { Actor } from "../auth/actor";
import { reachesUser } from "./reachesUser";

/**
 * A user as `actor` may see them: only users the actor reaches, and of their site list only the
 * sites the actor reaches. Returns null for a user the actor may not see.
 */
export function visibleUser(actor: Actor, user: User): User | null {
  if (!reachesUser(actor, user)) return null;
  const reach = actor.siteIds;
  if (reach === null || user.id === actor.id || user.siteIds === null) return user;
  return { ...user, siteIds: user.siteIds.filter((id) => reach.includes(id)) };
}
