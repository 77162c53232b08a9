import type { Permission } from "@parley/protocol/permissions";
import { AppError, forbidden } from "../../errors";
import type { Actor } from "./actor";

/**
 * What a route requires. `public`: anyone; `signedIn`: any user or key; `user`: a signed-in user
 * (account routes, not for API keys); a permission, or a list of
 * which any one suffices. Every /api route declares one (checked at start-up).
 */
export type Policy = "public" | "signedIn" | "user" | Permission | readonly Permission[];

export function allows(actor: Actor | null, policy: Policy): boolean {
  if (policy === "public") return true;
  if (!actor) return false;
  if (policy === "signedIn") return true;
  if (policy === "user") return actor.kind === "user";
  const needed = typeof policy === "string" ? [policy] : policy;
  return needed.some((p) => actor.permissions.has(p));
}

export function canReachSite(actor: Actor, siteId: string): boolean {
  return actor.siteIds === null || actor.siteIds.includes(siteId);
}

export function assertPolicy(actor: Actor | null, policy: Policy): void {
  if (allows(actor, policy)) return;
  if (!actor) throw new AppError("unauthenticated", "Sign in first");
  if (policy === "user")
    throw new AppError("unauthenticated", "Sign in with a user account; API keys cannot do this");
  const needed = typeof policy === "string" ? policy : policy.join(" or ");
  throw forbidden(`This needs the permission ${needed}`);
}

export function assertSiteAccess(actor: Actor, siteId: string): void {
  // Answer as for a missing site: no hint that a site the user cannot reach exists.
  if (!canReachSite(actor, siteId)) throw new AppError("not_found", "Site not found");
}
