import { DEFAULT_ROLES } from "@parley/protocol/defaultRoles";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** Creates the default role profiles that are missing and keeps the built-in ones' permissions current. */
export async function ensureDefaultRoles(db: Kysely<Database>): Promise<void> {
  for (const role of DEFAULT_ROLES) {
    await db
      .insertInto("roles")
      .values({
        id: newId(),
        key: role.key,
        name: role.name,
        permissions: toJson(role.permissions),
        built_in: 1,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.column("key").doUpdateSet({ permissions: toJson(role.permissions) }))
      .execute();
  }
}

export async function roleIdByKey(db: Kysely<Database>, key: string): Promise<string> {
  const row = await db.selectFrom("roles").select("id").where("key", "=", key).executeTakeFirstOrThrow();
  return row.id;
}
