import type { Kysely } from "kysely";
import type { Bus } from "../../bus/bus";
import type { Database } from "../../store/schema";

/**
 * Tells every node that these users' access changed (after the change committed) (role, sites, deactivation, password, sign-out):
 * their open connections re-read their session, closing if it is gone and dropping channels they
 * may no longer hear.
 */
export async function announceAccessChanged(bus: Bus, userIds: readonly string[]): Promise<void> {
  for (const id of new Set(userIds))
    await bus.publish({ channel: `user:${id}`, name: "access.changed", data: {} });
}

/** Everyone who holds a role, for announcing a change to it. */
export async function usersWithRole(db: Kysely<Database>, roleId: string): Promise<string[]> {
  const rows = await db.selectFrom("users").select("id").where("role_id", "=", roleId).execute();
  return rows.map((r) => r.id);
}
