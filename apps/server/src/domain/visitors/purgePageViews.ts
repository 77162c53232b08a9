import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import type { Database } from "../../store/schema";

/** How long a page view is kept after the visit's last view of that page (README: Retention). */
export const PAGE_VIEW_RETENTION_DAYS = 90;
/** How often the purge runs (a recurring job on the durable queue). */
export const PURGE_PAGE_VIEWS_EVERY_MS = 60 * 60 * 1000;

const BATCH = 1000;
/** At most this many batches per run, so one run never holds the database for long; the next run goes on. */
const MAX_BATCHES = 100;

/**
 * Deletes page views whose last view is older than the retention period, in batches of BATCH rows
 * (each its own short statement). Returns how many rows it removed. A visitor keeps their latest
 * attributes on the visitor row's first-page copy, and the next page view starts a new visit.
 */
export async function purgePageViews(
  db: Kysely<Database>,
  retentionDays = PAGE_VIEW_RETENTION_DAYS,
): Promise<number> {
  const cutoff = nowIso(-retentionDays * 24 * 60 * 60 * 1000);
  let removed = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const result = await db
      .deleteFrom("page_views")
      .where("id", "in", (eb) =>
        eb.selectFrom("page_views").select("id").where("last_at", "<", cutoff).limit(BATCH),
      )
      .executeTakeFirst();
    const count = Number(result.numDeletedRows);
    removed += count;
    if (count < BATCH) break;
  }
  return removed;
}
