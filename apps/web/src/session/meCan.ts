import type { Me } from "@parley/protocol/auth";
import type { Permission } from "@parley/protocol/permissions";

/** True when the user holds at least one of the permissions (the server checks the same). */
export function meCan(me: Me, permissions: readonly Permission[]): boolean {
  return permissions.some((p) => me.permissions.includes(p));
}
