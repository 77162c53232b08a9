import type { Kysely } from "kysely";
import { z } from "zod";
import { enqueueJob } from "../jobs/enqueueJob";
import { PermanentJobError } from "../jobs/jobErrors";
import { clock } from "../lib/clock";
import type { Database } from "../store/schema";
import { type SyncContext, syncCalendarConnection } from "./syncCalendarConnection";

export const CALENDAR_SYNC_JOB = "calendar.sync";
/** The recurring sweep that enqueues a sync for every connection not read for SYNC_EVERY_MS. */
export const CALENDAR_SYNC_DUE_JOB = "calendar.syncDue";
export const SYNC_DUE_EVERY_MS = 60_000;
/** How often each connection is read when nothing asks for it sooner. */
export const SYNC_EVERY_MS = 10 * 60_000;
/**
 * Feeds are asked conditionally (ETag / If-Modified-Since), but a 304 keeps busy times expanded
 * for an older window: the first periodic sync of each such period reads the whole feed again.
 */
const FULL_READ_PERIOD_MS = 6 * 60 * 60_000;

const Payload = z.object({ connectionId: z.string(), conditional: z.boolean().default(false) });

/** Enqueues one sync of the connection (in the caller's transaction); a waiting one makes it a no-op. */
export async function enqueueCalendarSync(
  db: Kysely<Database>,
  connectionId: string,
  options: { conditional?: boolean; reason: "refresh" | "periodic" },
): Promise<void> {
  await enqueueJob(db, {
    kind: CALENDAR_SYNC_JOB,
    payload: { connectionId, conditional: options.conditional ?? false },
    // A refresh the agent asked for is not swallowed by a periodic sync that is already running.
    dedupeKey: `${CALENDAR_SYNC_JOB}:${options.reason}:${connectionId}`,
    maxAttempts: 1,
  });
}

/** The calendar.sync job: one sync; a failure marks the connection (it is not retried before the next period). */
export async function runCalendarSync(ctx: SyncContext, payload: unknown): Promise<unknown> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("calendar.sync payload is malformed");
  return (
    (await syncCalendarConnection(ctx, parsed.data.connectionId, {
      conditional: parsed.data.conditional,
    })) ?? {
      gone: true,
    }
  );
}

/** The sweep: every connection whose last sync (or attempt) is SYNC_EVERY_MS old gets one. */
export async function enqueueDueCalendarSyncs(ctx: SyncContext): Promise<{ enqueued: number }> {
  const now = clock().now();
  const due = await ctx.store.db
    .selectFrom("calendar_connections")
    .select(["id", "last_synced_at"])
    // updated_at moves with every attempt, failed ones included: a broken server is asked every period, not every minute.
    .where("updated_at", "<=", new Date(now - SYNC_EVERY_MS).toISOString())
    .orderBy("updated_at")
    .limit(500)
    .execute();
  const period = (iso: string) => Math.floor(Date.parse(iso) / FULL_READ_PERIOD_MS);
  for (const row of due)
    await enqueueCalendarSync(ctx.store.db, row.id, {
      reason: "periodic",
      conditional:
        row.last_synced_at !== null && period(row.last_synced_at) === Math.floor(now / FULL_READ_PERIOD_MS),
    });
  if (due.length > 0) ctx.jobs.poke();
  return { enqueued: due.length };
}
