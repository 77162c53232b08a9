import type { Permission } from "@parley/protocol/permissions";
import type { Role } from "@parley/protocol/roles";
import type { Kysely } from "kysely";
import { conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import { lockRows } from "../../store/lockRows";
import type { Database, RoleTable } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { announceAccessChanged, usersWithRole } from "../auth/announceAccessChanged";
import type { CommandContext } from "../commandContext";
import { assertSomeoneManagesUsers } from "../users/updateUser";
import { assertMayEditRole } from "./assertMayEditRole";

const present = (row: RoleTable): Role => ({
  id: row.id,
  key: row.key,
  name: row.name,
  permissions: parseJson<Permission[]>(row.permissions, []),
  builtIn: row.built_in === 1,
});

export async function listRoles(db: Kysely<Database>): Promise<Role[]> {
  const rows = await db.selectFrom("roles").selectAll().orderBy("built_in", "desc").orderBy("name").execute();
  return rows.map(present);
}

async function assertNameFree(db: Kysely<Database>, name: string, exceptId?: string): Promise<void> {
  let q = db.selectFrom("roles").select("id").where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst())
    throw conflict(`A role named "${name}" already exists`, fieldProblem("name", "is already taken"));
}

export async function createRole(
  db: Kysely<Database>,
  input: { name: string; permissions: Permission[] },
): Promise<Role> {
  await assertNameFree(db, input.name);
  const row: RoleTable = {
    id: newId(),
    key: null,
    name: input.name,
    permissions: toJson([...new Set(input.permissions)]),
    built_in: 0,
    created_at: nowIso(),
  };
  await db.insertInto("roles").values(row).execute();
  return present(row);
}

/** Custom roles only: the default profiles stay as product.md defines them. */
export async function updateRole(
  ctx: CommandContext,
  id: string,
  patch: { name?: string; permissions?: Permission[] },
  actor?: Actor,
): Promise<Role> {
  const { db } = ctx.store;
  const role = await db.transaction().execute(async (trx) => {
    if (actor) {
      await lockRows(trx, "roles", [id]);
      await assertMayEditRole(trx, actor, { target: id, granted: patch.permissions });
    }
    const row = await trx.selectFrom("roles").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Role");
    if (row.built_in === 1) throw conflict("Default roles cannot be changed; create a custom role instead");
    if (patch.name) await assertNameFree(trx, patch.name, id);
    await trx
      .updateTable("roles")
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.permissions !== undefined && { permissions: toJson([...new Set(patch.permissions)]) }),
      })
      .where("id", "=", id)
      .execute();
    await assertSomeoneManagesUsers(trx);
    return present(await trx.selectFrom("roles").selectAll().where("id", "=", id).executeTakeFirstOrThrow());
  });
  // Once committed, the open connections of everyone with this role re-check their access.
  await announceAccessChanged(ctx.bus, await usersWithRole(db, role.id));
  return role;
}

/** With `actor`, whether they may delete it is decided in the deleting transaction, on the locked row. */
export async function deleteRole(db: Kysely<Database>, id: string, actor?: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (actor) {
      await lockRows(trx, "roles", [id]);
      await assertMayEditRole(trx, actor, { target: id, granted: undefined });
    }
    const row = await trx.selectFrom("roles").select(["built_in"]).where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("Role");
    if (row.built_in === 1) throw conflict("Default roles cannot be deleted");
    const user = await trx
      .selectFrom("users")
      .select("id")
      .where("role_id", "=", id)
      .limit(1)
      .executeTakeFirst();
    if (user) throw conflict("This role is still given to users; give them another role first");
    await trx.deleteFrom("roles").where("id", "=", id).execute();
  });
}
