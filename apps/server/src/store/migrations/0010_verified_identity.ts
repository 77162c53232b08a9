import crypto from "node:crypto";
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Verified identity: each site gets a secret its own backend signs visitors' emails with; a visitor
 * remembers the email it proved (`verified_email`) and what it gave itself (`given`), which is all an
 * unverified visitor's tokens may show.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("sites").addColumn("identity_secret", "text").execute();
  const sites = (await db.selectFrom("sites").select("id").execute()) as { id: string }[];
  for (const site of sites) {
    await db
      .updateTable("sites")
      .set({ identity_secret: crypto.randomBytes(32).toString("base64url") })
      .where("id", "=", site.id)
      .execute();
  }
  await db.schema
    .alterTable("visitors")
    .addColumn("given", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema.alterTable("visitors").addColumn("verified_email", "text").execute();
}
