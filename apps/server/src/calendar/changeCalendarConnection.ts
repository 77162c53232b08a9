import type { CalendarConnection, UpdateCalendarBody } from "@parley/protocol/meetings";
import type { AppContext } from "../api/context";
import type { Actor } from "../domain/auth/actor";
import { invalidField } from "../errors";
import { nowIso } from "../lib/clock";
import { announceCalendar } from "./announceCalendar";
import { connectionForActor } from "./calendarAccess";
import { enqueueCalendarSync } from "./calendarSyncJobs";
import { onlyWriterOf } from "./createCalendarConnection";
import { markConnectionHealthy } from "./markConnectionTrouble";
import { presentConnectionById } from "./presentCalendarConnection";
import { sealSecret } from "./secretBox";
import { replaceBusyTimes, storedSource } from "./syncCalendarConnection";
import { type TriedSource, trySource } from "./trySource";

type Ctx = Pick<AppContext, "store" | "bus" | "config" | "secretKey" | "jobs">;

/**
 * Renames a connection, turns writing bookings on or off, or gives it new credentials (after "needs
 * attention"). New credentials are tried first, like a new connection: refused ones change nothing.
 */
export async function updateCalendarConnection(
  ctx: Ctx,
  actor: Actor,
  id: string,
  body: UpdateCalendarBody,
): Promise<CalendarConnection> {
  const { db } = ctx.store;
  const row = await connectionForActor(db, actor, id);
  const newCredentials = body.username !== undefined || body.password !== undefined;
  if (row.kind === "ics" && newCredentials) throw invalidField("password", "is not used by an ICS feed");
  if (row.kind === "ics" && body.writeBookings)
    throw invalidField("writeBookings", "needs a CalDAV calendar");
  let tried: TriedSource | null = null;
  let password: string | null = null;
  if (newCredentials) {
    const stored = storedSource(
      ctx.secretKey,
      { ...row, secret: body.password === undefined ? row.secret : null },
      false,
    );
    password = body.password ?? stored.password;
    if (password === null) throw invalidField("password", "is required");
    tried = await trySource(
      db,
      row.user_id,
      { ...stored, username: body.username ?? row.username, password },
      ctx.config.outboundAllow,
    );
  }
  await db.transaction().execute(async (trx) => {
    await connectionForActor(trx, actor, id);
    await trx
      .updateTable("calendar_connections")
      .set({
        ...(body.name ? { name: body.name } : {}),
        ...(body.writeBookings !== undefined ? { write_bookings: body.writeBookings ? 1 : 0 } : {}),
        ...(body.username !== undefined ? { username: body.username } : {}),
        ...(tried && password !== null
          ? { secret: sealSecret(ctx.secretKey, password, id), last_synced_at: nowIso() }
          : {}),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    if (tried) {
      await replaceBusyTimes(trx, row, tried.busy);
      await markConnectionHealthy(trx, id);
    }
    if (body.writeBookings) await onlyWriterOf(trx, row.user_id, id);
  });
  const presented = (await presentConnectionById(db, id))!;
  await announceCalendar(ctx, presented);
  return presented;
}

/** Removes a connection and its busy times; events Parley wrote there stay in that calendar. */
export async function deleteCalendarConnection(ctx: Ctx, actor: Actor, id: string): Promise<void> {
  const { db } = ctx.store;
  const presented = await db.transaction().execute(async (trx) => {
    await connectionForActor(trx, actor, id);
    const before = await presentConnectionById(trx, id);
    await trx.deleteFrom("busy_times").where("connection_id", "=", id).execute();
    await trx.deleteFrom("calendar_connections").where("id", "=", id).execute();
    return before;
  });
  if (presented) await announceCalendar(ctx, { ...presented, busyCount: 0 }, true);
}

/** "Refresh now": a sync job for the connection (the whole feed, no conditional GET); answers at once. */
export async function refreshCalendarConnection(
  ctx: Ctx,
  actor: Actor,
  id: string,
): Promise<CalendarConnection> {
  const { db } = ctx.store;
  await db.transaction().execute(async (trx) => {
    await connectionForActor(trx, actor, id);
    await enqueueCalendarSync(trx, id, { reason: "refresh" });
  });
  ctx.jobs.poke();
  return (await presentConnectionById(db, id))!;
}
