import type { Kysely } from "kysely";
import type { AppContext } from "../api/context";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import type { CalendarConnectionTable, Database } from "../store/schema";
import { announceCalendar } from "./announceCalendar";
import { CalendarFailure, failureFromError } from "./calendarFailure";
import { type BusyInterval, expandBusyTimes } from "./expandBusyTimes";
import { type BusyWindow, busyWindow } from "./busyWindow";
import { markConnectionHealthy, markConnectionTrouble } from "./markConnectionTrouble";
import { presentConnectionById } from "./presentCalendarConnection";
import { type CalendarSource, readCalendarSource } from "./readCalendarSource";
import { openSecret } from "./secretBox";

export type SyncContext = Pick<AppContext, "store" | "bus" | "jobs" | "secretKey" | "config">;

export type SyncOutcome = { ok: true; busy: number | "unchanged" } | { ok: false; problem: string };

/** The source a stored connection reads from; `conditional` keeps the feed's validators. */
export function storedSource(
  secretKey: string,
  row: CalendarConnectionTable,
  conditional: boolean,
): CalendarSource {
  let password: string | null = null;
  try {
    password = row.secret === null ? null : openSecret(secretKey, row.secret, row.id);
  } catch {
    throw new CalendarFailure(
      "The saved password can no longer be read (the server's secret key changed); enter it again",
      true,
    );
  }
  return {
    kind: row.kind,
    url: row.url,
    username: row.username,
    password,
    calendarUrl: row.calendar_url,
    etag: conditional ? row.etag : null,
    lastModified: conditional ? row.last_modified : null,
  };
}

/** The busy times in what a source sent; text that is not iCalendar is the source's failure. */
export function expandOrFail(
  kind: CalendarConnectionTable["kind"],
  texts: string[],
  window: BusyWindow,
): BusyInterval[] {
  try {
    return expandBusyTimes(texts, {
      windowStart: window.start,
      windowEnd: window.end,
      zone: window.zone,
      skipUids: window.parleyUids,
    });
  } catch (error) {
    const what =
      kind === "ics"
        ? "The feed address did not answer with a calendar (iCalendar) file"
        : "The calendar server sent events that are not valid iCalendar";
    throw new CalendarFailure(`${what}: ${error instanceof Error ? error.message.slice(0, 120) : ""}`, true);
  }
}

/** Replaces the connection's busy times with these, in the caller's transaction. */
export async function replaceBusyTimes(
  trx: Kysely<Database>,
  row: Pick<CalendarConnectionTable, "id" | "user_id">,
  busy: readonly BusyInterval[],
): Promise<void> {
  await trx.deleteFrom("busy_times").where("connection_id", "=", row.id).execute();
  // Chunks keep each statement under SQLite's parameter limit.
  for (let i = 0; i < busy.length; i += 150)
    await trx
      .insertInto("busy_times")
      .values(
        busy.slice(i, i + 150).map((b) => ({
          id: newId(),
          connection_id: row.id,
          user_id: row.user_id,
          starts_at: b.start,
          ends_at: b.end,
          uid: b.uid,
        })),
      )
      .execute();
}

/**
 * One sync of one connection: read the feed or CalDAV calendar for the host's window, expand its
 * events into busy times and replace the stored ones in one transaction. A failure keeps the old busy
 * times (better stale than none) and marks the connection: needs attention, the reason in words, the
 * agent mailed once. Either way the owner's app hears `calendar.updated`.
 */
export async function syncCalendarConnection(
  ctx: SyncContext,
  connectionId: string,
  options: { conditional: boolean },
): Promise<SyncOutcome | null> {
  const { db } = ctx.store;
  const row = await db
    .selectFrom("calendar_connections")
    .selectAll()
    .where("id", "=", connectionId)
    .executeTakeFirst();
  if (!row) return null;
  const window = await busyWindow(db, row.user_id);
  let outcome: SyncOutcome;
  try {
    const read = await readCalendarSource(
      storedSource(ctx.secretKey, row, options.conditional),
      window,
      ctx.config.outboundAllow,
    );
    const busy = read.changed ? expandOrFail(row.kind, read.texts, window) : null;
    await db.transaction().execute(async (trx) => {
      const now = nowIso();
      // The update locks the row first (PostgreSQL): a deletion meanwhile leaves nothing to write to.
      const updated = await trx
        .updateTable("calendar_connections")
        .set({
          last_synced_at: now,
          updated_at: now,
          ...(read.changed ? { etag: read.etag, last_modified: read.lastModified } : {}),
        })
        .where("id", "=", row.id)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return;
      if (busy) await replaceBusyTimes(trx, row, busy);
      await markConnectionHealthy(trx, row.id);
    });
    outcome = { ok: true, busy: busy ? busy.length : "unchanged" };
  } catch (error) {
    const problem = failureFromError(row.kind, error).message;
    const mailed = await db
      .transaction()
      .execute((trx) => markConnectionTrouble(trx, row.id, problem, ctx.config.publicUrl));
    if (mailed) ctx.jobs.poke();
    outcome = { ok: false, problem };
  }
  const presented = await presentConnectionById(db, row.id);
  if (presented) await announceCalendar(ctx, presented);
  return outcome;
}
