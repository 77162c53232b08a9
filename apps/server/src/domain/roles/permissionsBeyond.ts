import type { Permission } from "@parley/protocol/permissions";
import type { Actor } from "../auth/actor";

/**
 * The permissions in `permissions` that the actor does not hold (for an API key: its scopes), as a
 * short readable list for a message, or null when the actor holds them all.
 */
export function permissionsBeyond(actor: Actor, permissions: Iterable<Permission>): string | null {
  const beyond = [...new Set(permissions)].filter((p) => !actor.permissions.has(p));
  if (beyond.length === 0) return null;
  const shown = beyond.slice(0, 3).join(", ");
  return beyond.length > 3 ? `${shown} and ${beyond.length - 3} more` : shown;
}
