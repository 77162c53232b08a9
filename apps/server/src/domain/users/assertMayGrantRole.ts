import type { Kysely } from "kysely";
import { forbidden } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { permissionsOf } from "../auth/sessions";
import { permissionsBeyond } from "../roles/permissionsBeyond";

const roleRow = (db: Kysely<Database>, id: string) =>
  db.selectFrom("roles").select(["name", "permissions"]).where("id", "=", id).executeTakeFirst();

/**
 * Roles are given only from what one holds. A user manager gives only roles whose permissions they
 * all hold (an API key: all within its scopes), and manages only users whose role's permissions
 * they all hold, so nobody can raise themselves or anyone else above their own rights, nor demote,
 * deactivate or take over an account with more rights than theirs.
 *
 * `target`: the user being changed (their stored `role_id`), or undefined for a new user.
 * `granted`: the id of the role being given, or undefined when it is not changed (an unknown id is
 * left to the command, which answers 404).
 */
export async function assertMayGrantRole(
  db: Kysely<Database>,
  actor: Actor,
  change: { target?: { role_id: string }; granted: string | undefined },
): Promise<void> {
  if (change.target) {
    const current = await roleRow(db, change.target.role_id);
    const beyond = current && permissionsBeyond(actor, permissionsOf(current.permissions));
    if (current && beyond)
      throw forbidden(
        `You can only manage users whose role's permissions you all hold; their role "${current.name}" also has ${beyond}`,
      );
  }
  if (change.granted === undefined) return;
  const role = await roleRow(db, change.granted);
  const beyond = role && permissionsBeyond(actor, permissionsOf(role.permissions));
  if (role && beyond)
    throw forbidden(
      `You can only give roles whose permissions you all hold; "${role.name}" also has ${beyond}`,
    );
}
