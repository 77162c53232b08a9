import type { Role } from "@parley/protocol/roles";

/** True when every permission of the role is among `held`: only such roles can be given or changed (the server checks too). */
export const roleWithin = (role: Pick<Role, "permissions">, held: readonly string[]): boolean =>
  role.permissions.every((p) => held.includes(p));
