import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Indexes for the REST API's site-wide lists (newest first, keyset-paged by (time, id)): a page of
 * the site's activities or conversations is a range scan that stops after one page.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`create index activities_site_at on activities (site_id, at, id)`.execute(db);
  await sql`create index conversations_site_started on conversations (site_id, started_at, id)`.execute(db);
}
