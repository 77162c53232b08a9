import { nowIso } from "../lib/clock";
import type { Store } from "../store/db";
import type { JobTable } from "../store/schema";

/**
 * Claims up to `limit` due jobs of the given kinds for one node: queued ones whose time has come and
 * running ones whose lease expired (their node died). One statement: on PostgreSQL the candidate rows
 * are locked with SKIP LOCKED, so nodes claiming at once never take the same job; SQLite has one writer.
 */
export async function claimJobs(
  store: Store,
  options: { kinds: string[]; limit: number; nodeId: string; leaseMs: number },
): Promise<JobTable[]> {
  if (options.kinds.length === 0 || options.limit <= 0) return [];
  const now = nowIso();
  let due = store.db
    .selectFrom("jobs")
    .select("id")
    .where("kind", "in", options.kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "queued"), eb("run_at", "<=", now)]),
        eb.and([eb("status", "=", "running"), eb("lease_until", "<", now)]),
      ]),
    )
    .orderBy("run_at")
    .limit(options.limit);
  if (store.kind === "postgres") due = due.forUpdate().skipLocked();
  return store.db
    .updateTable("jobs")
    .set((eb) => ({
      status: "running",
      locked_by: options.nodeId,
      lease_until: nowIso(options.leaseMs),
      attempts: eb("attempts", "+", 1),
      updated_at: now,
    }))
    .where("id", "in", due)
    .returningAll()
    .execute();
}
