import type { Actor } from "../auth/actor";

/**
 * Whether `actor` reaches a user: one limited to some sites reaches only colleagues who share at
 * least one of those sites (and everyone with access to every site); one who reaches every site
 * reaches everyone.
 */
export function reachesUser(actor: Actor, user: { id: string; siteIds: readonly string[] | null }): boolean {
  const reach = actor.siteIds;
  if (reach === null || user.id === actor.id || user.siteIds === null) return true;
  return user.siteIds.some((id) => reach.includes(id));
}
