import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

/** Used until the site has queued chats that were taken: one minute per place in the queue. */
export const DEFAULT_WAIT_PER_PLACE_SECONDS = 60;
const SAMPLE = 20;

/**
 * Seconds of wait per place in the queue: the average time from queued to assigned of the site's
 * last 20 queued chats that an agent took, or the default when there are none yet.
 */
export async function queueWaitEstimate(db: Kysely<Database>, siteId: string): Promise<number> {
  const rows = await db
    .selectFrom("live_chats")
    .select(["queued_at", "assigned_at"])
    .where("site_id", "=", siteId)
    .where("queued_at", "is not", null)
    .where("assigned_at", "is not", null)
    .orderBy("assigned_at", "desc")
    .limit(SAMPLE)
    .execute();
  const waits = rows
    .map((r) => (Date.parse(r.assigned_at as string) - Date.parse(r.queued_at as string)) / 1000)
    .filter((s) => Number.isFinite(s) && s >= 0);
  if (!waits.length) return DEFAULT_WAIT_PER_PLACE_SECONDS;
  return Math.max(1, waits.reduce((a, b) => a + b, 0) / waits.length);
}
