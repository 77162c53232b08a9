import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Reports (issue 12) count by the site's own calendar days: each site gets an IANA time zone
 * (UTC until its manager picks one). Date filters and daily roll-ups use it.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("sites")
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    .execute();
}
