import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * The stream designer (issue 11): a draft revision that every saved draft bumps, so that two tabs or
 * two marketers never silently overwrite each other (a save names the revision it was based on and
 * gets 409 when another save came first), and who saved the dialogue last.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("dialogues")
    .addColumn("draft_revision", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("dialogues").addColumn("updated_by", "text").execute();
}
