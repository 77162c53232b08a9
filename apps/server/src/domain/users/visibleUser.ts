import type { User } from "@parley/protocol/users";
import type { Actor } from "../auth/actor";

/**
 * A user as `actor` may see them: someone limited to some sites sees only colleagues who share at
 * least one of those sites (everyone with access to every site does), and of their site list only
 * the sites the actor reaches. Returns null for a user the actor may not see.
 */
export function visibleUser(actor: Actor, user: User): User | null {
  const reach = actor.siteIds;
  if (reach === null || user.id === actor.id) return user;
  if (user.siteIds === null) return user;
  const shared = user.siteIds.filter((id) => reach.includes(id));
  return shared.length > 0 ? { ...user, siteIds: shared } : null;
}
