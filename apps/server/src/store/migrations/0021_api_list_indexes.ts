import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * The REST API's site-wide conversations list (newest first, keyset-paged by (started_at, id)) is a
 * range scan that stops after one page. The activities list pages over activities_site_at (0018).
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`create index conversations_site_started on conversations (site_id, started_at, id)`.execute(db);
}
