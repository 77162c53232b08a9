import type { UpdateUserBody, User } from "@parley/protocol/users";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { conflict, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import { lockRows } from "../../store/lockRows";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { announceAccessChanged } from "../auth/announceAccessChanged";
import type { CommandContext } from "../commandContext";
import { hashPassword } from "../auth/passwords";
import { permissionsOf } from "../auth/sessions";
import { assertMayGrantRole } from "./assertMayGrantRole";
import { assertMayGrantSites } from "./assertMayGrantSites";
import { presentUser } from "./presentUser";

/**
 * Updates a user. Deactivating a user or changing their password ends their sessions.
 * Refuses any change that would leave no active user able to manage users. With `actor`, whether
 * they may make this change (sites and role, see assertMayGrantSites / assertMayGrantRole) is
 * decided in the same transaction, on the user's row locked as it is written. Once committed, the
 * user's open connections re-check their access.
 */
export async function updateUser(
  ctx: CommandContext,
  id: string,
  patch: z.infer<typeof UpdateUserBody>,
  actor?: Actor,
): Promise<User> {
  const user = await ctx.store.db.transaction().execute(async (trx) => {
    if (actor) await lockRows(trx, "users", [id]);
    const current = await trx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    if (!current) throw notFound("User");
    if (actor) {
      await assertMayGrantSites(trx, actor, { target: current, granted: patch.siteIds });
      await assertMayGrantRole(trx, actor, { target: current, granted: patch.roleId });
    }
    if (patch.roleId) {
      const role = await trx
        .selectFrom("roles")
        .select("id")
        .where("id", "=", patch.roleId)
        .executeTakeFirst();
      if (!role) throw notFound("Role");
    }
    await trx
      .updateTable("users")
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.roleId !== undefined && { role_id: patch.roleId }),
        ...(patch.siteIds !== undefined && {
          site_ids: patch.siteIds === null ? null : toJson(patch.siteIds),
        }),
        ...(patch.active !== undefined && { active: patch.active ? 1 : 0 }),
        ...(patch.password !== undefined && { password_hash: await hashPassword(patch.password) }),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    await assertSomeoneManagesUsers(trx);
    if (patch.active === false || patch.password !== undefined) {
      await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
    }
    return presentUser(
      await trx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
    );
  });
  // Once committed, the user's open connections re-check their access.
  await announceAccessChanged(ctx.bus, [user.id]);
  return user;
}

/** Throws (rolling back the caller's transaction) when no active user with unrestricted site access holds users.manage. */
export async function assertSomeoneManagesUsers(db: Kysely<Database>): Promise<void> {
  const rows = await db
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select(["roles.permissions"])
    .where("users.active", "=", 1)
    .where("users.site_ids", "is", null)
    .execute();
  if (!rows.some((r) => permissionsOf(r.permissions).has("users.manage"))) {
    throw conflict("This would leave nobody able to manage users; keep at least one active admin");
  }
}
