import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's schema types
type AnyDb = Kysely<any>;

/**
 * Slots read a host's busy times that overlap the bookable range: `starts_at < to AND ends_at > from`.
 * On (user_id, starts_at) the only bound the index could use was `starts_at < to`, so every past
 * event of the host was read and thrown away; on (user_id, ends_at) the scan starts at the first
 * event that has not ended by `from` (the calendar sync keeps only the next few months ahead of it).
 * The old index served nothing else and is replaced, so neither planner can pick it.
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`drop index busy_times_user`.execute(db);
  await sql`create index busy_times_user_end on busy_times (user_id, ends_at)`.execute(db);
}
