import type { Kysely } from "kysely";
import { clock } from "../lib/clock";
import type { Database } from "../store/schema";

/** Done jobs are kept a week, failed ones a month (their last error is what an operator looks at). */
export const KEEP_DONE_MS = 7 * 86_400_000;
export const KEEP_FAILED_MS = 30 * 86_400_000;
const BATCH = 1000;

/** Deletes finished jobs past their keeping time, in batches so no statement holds the table long. */
export async function purgeFinishedJobs(db: Kysely<Database>, now = clock().now()): Promise<number> {
  let removed = 0;
  for (const [status, keepMs] of [
    ["done", KEEP_DONE_MS],
    ["failed", KEEP_FAILED_MS],
  ] as const) {
    const before = new Date(now - keepMs).toISOString();
    for (;;) {
      const batch = db
        .selectFrom("jobs")
        .select("id")
        .where("status", "=", status)
        .where("finished_at", "<", before)
        .limit(BATCH);
      const result = await db.deleteFrom("jobs").where("id", "in", batch).executeTakeFirst();
      const count = Number(result.numDeletedRows);
      removed += count;
      if (count < BATCH) break;
    }
  }
  return removed;
}
