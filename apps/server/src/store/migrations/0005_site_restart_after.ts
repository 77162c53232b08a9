import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** Show once, or again after N days: null keeps a finished dialogue from returning to a visitor. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("sites").addColumn("restart_after_days", "integer").execute();
}
