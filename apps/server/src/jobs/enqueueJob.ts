import type { Kysely } from "kysely";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import { toJson } from "../lib/json";
import type { Database } from "../store/schema";

export interface NewJob {
  /** Which handler runs it, e.g. "mail.send", "webhook.call". */
  kind: string;
  payload: unknown;
  /** When it may run first; now by default. */
  runAt?: Date | string;
  /** While a job with this key waits or runs, enqueueing another with the same key does nothing. */
  dedupeKey?: string;
  /** Attempts before it is marked failed; 5 by default. */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Writes a job row. Pass the caller's transaction: the job then commits (or rolls back) with the work
 * that needs it, so committed work never loses its follow-up. Returns the job id, or null when an open
 * job with the same dedupe key already exists.
 */
export async function enqueueJob(db: Kysely<Database>, job: NewJob): Promise<string | null> {
  const id = newId();
  const now = nowIso();
  const runAt = job.runAt === undefined ? now : new Date(job.runAt).toISOString();
  const result = await db
    .insertInto("jobs")
    .values({
      id,
      kind: job.kind,
      payload: toJson(job.payload),
      status: "queued",
      run_at: runAt,
      attempts: 0,
      max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      lease_until: null,
      locked_by: null,
      dedupe_key: job.dedupeKey ?? null,
      last_error: null,
      created_at: now,
      updated_at: now,
      finished_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0 ? id : null;
}
