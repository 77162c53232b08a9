import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * The sites an API key may reach, as a JSON array; null means every site. Existing keys take their
 * creator's current site access, so a key made by a user limited to some sites stops reaching the rest.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("api_keys").addColumn("site_ids", "text").execute();
  await db
    .updateTable("api_keys")
    .set((eb) => ({
      site_ids: eb
        .selectFrom("users")
        .select("users.site_ids")
        .whereRef("users.id", "=", "api_keys.created_by"),
    }))
    .execute();
}
