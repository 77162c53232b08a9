import type { Permission } from "@parley/protocol/permissions";
import type { Kysely } from "kysely";
import { forbidden } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { permissionsOf } from "../auth/sessions";
import { permissionsBeyond } from "./permissionsBeyond";

/**
 * Roles are shaped only within what one holds. Roles are shared by every site, so a user (or API
 * key) limited to some sites cannot create, change or delete any. Otherwise a role may be given only
 * permissions the actor holds, and a role that already holds more than the actor is out of reach.
 *
 * `target`: the id of the role being changed or deleted, or undefined for a new role (an unknown id
 * is left to the command, which answers 404).
 * `granted`: the permissions being set, or undefined when they are not changed.
 */
export async function assertMayEditRole(
  db: Kysely<Database>,
  actor: Actor,
  change: { target?: string; granted: readonly Permission[] | undefined },
): Promise<void> {
  if (actor.siteIds !== null)
    throw forbidden("Roles are shared by every site, so only those who reach every site can change them");
  if (change.target !== undefined) {
    const row = await db
      .selectFrom("roles")
      .select(["name", "permissions"])
      .where("id", "=", change.target)
      .executeTakeFirst();
    const beyond = row && permissionsBeyond(actor, permissionsOf(row.permissions));
    if (row && beyond)
      throw forbidden(
        `You can only change roles whose permissions you all hold; "${row.name}" also has ${beyond}`,
      );
  }
  const beyond = change.granted && permissionsBeyond(actor, change.granted);
  if (beyond) throw forbidden(`You cannot give a role permissions you do not hold: ${beyond}`);
}
