import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/** The language a conversation runs in: its texts come from the stream's translation for it, when there is one. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("conversations").addColumn("language", "text").execute();
}
