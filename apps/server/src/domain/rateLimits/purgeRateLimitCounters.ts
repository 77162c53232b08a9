import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";

/** Deletes the rate-limit windows that have ended (a recurring job). */
export async function purgeRateLimitCounters(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom("rate_limit_counters").where("expires_at", "<=", nowIso()).execute();
}
