import type { CalendarConnection, CreateCalendarBody } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { AppContext } from "../api/context";
import type { Actor } from "../domain/auth/actor";
import { nowIso } from "../lib/clock";
import { newId } from "../lib/ids";
import type { Database } from "../store/schema";
import { announceCalendar } from "./announceCalendar";
import { calendarOwnerId } from "./calendarAccess";
import { feedHttpUrl } from "./fetchIcsFeed";
import { presentConnectionById } from "./presentCalendarConnection";
import type { CalendarSource } from "./readCalendarSource";
import { sealSecret } from "./secretBox";
import { replaceBusyTimes } from "./syncCalendarConnection";
import { trySource } from "./trySource";

/** An address as shown and stored: without any user name or password typed into it. */
export function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  return parsed.href;
}

/** Bookings go to one calendar: the one that takes them now stops the others from doing so. */
export async function onlyWriterOf(
  trx: Kysely<Database>,
  userId: string,
  connectionId: string,
): Promise<void> {
  await trx
    .updateTable("calendar_connections")
    .set({ write_bookings: 0, updated_at: nowIso() })
    .where("user_id", "=", userId)
    .where("id", "!=", connectionId)
    .where("write_bookings", "=", 1)
    .execute();
}

/**
 * Connects a calendar: the first sync runs before anything is saved (wrong credentials or an
 * unreadable feed: 400, nothing stored); then the connection (its password sealed with the instance
 * secret) and its busy times are written in one transaction, the access re-checked inside it.
 */
export async function createCalendarConnection(
  ctx: Pick<AppContext, "store" | "bus" | "config" | "secretKey">,
  actor: Actor,
  idParam: string,
  body: CreateCalendarBody,
): Promise<CalendarConnection> {
  const { db } = ctx.store;
  const userId = await calendarOwnerId(db, actor, idParam);
  const id = newId();
  const source: CalendarSource =
    body.kind === "caldav"
      ? {
          kind: "caldav",
          url: body.url,
          username: body.username,
          password: body.password,
          calendarUrl: body.calendarUrl,
          etag: null,
          lastModified: null,
        }
      : {
          kind: "ics",
          url: body.url,
          username: null,
          password: null,
          calendarUrl: null,
          etag: null,
          lastModified: null,
        };
  const tried = await trySource(db, userId, source, ctx.config.outboundAllow);
  const url = body.kind === "caldav" ? withoutCredentials(body.url) : body.url.trim();
  const defaultName =
    body.kind === "caldav"
      ? decodeURIComponent(new URL(body.calendarUrl).pathname.split("/").filter(Boolean).at(-1) ?? "Calendar")
      : `Feed from ${new URL(feedHttpUrl(body.url)).hostname}`;
  const writeBookings = body.kind === "caldav" && body.writeBookings;

  await db.transaction().execute(async (trx) => {
    await calendarOwnerId(trx, actor, userId);
    const now = nowIso();
    await trx
      .insertInto("calendar_connections")
      .values({
        id,
        user_id: userId,
        kind: body.kind,
        name: body.name || defaultName,
        url,
        username: body.kind === "caldav" ? body.username : null,
        secret: body.kind === "caldav" ? sealSecret(ctx.secretKey, body.password, id) : null,
        calendar_url: body.kind === "caldav" ? body.calendarUrl : null,
        write_bookings: writeBookings ? 1 : 0,
        status: "ok",
        last_error: null,
        last_synced_at: now,
        notified_at: null,
        etag: tried.etag,
        last_modified: tried.lastModified,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await replaceBusyTimes(trx, { id, user_id: userId }, tried.busy);
    if (writeBookings) await onlyWriterOf(trx, userId, id);
  });
  const presented = (await presentConnectionById(db, id))!;
  await announceCalendar(ctx, presented);
  return presented;
}
