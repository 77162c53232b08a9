import type { Kysely } from "kysely";
import { clock } from "../lib/clock";
import { parseAvailability, profileTimeZone } from "../domain/availability/defaultAvailability";
import type { Database } from "../store/schema";

const DAY_MS = 86_400_000;
/** Busy times are read at least this far ahead, even for a host with a shorter booking horizon. */
export const MIN_LOOKAHEAD_DAYS = 90;

export interface BusyWindow {
  /** UTC instants: now − 1 day … now + max(90 days, the host's horizon). */
  start: string;
  end: string;
  /** The host's availability zone (their profile's until they save one): all-day and floating events are read in it. */
  zone: string;
  /** UIDs of the host's Parley meetings: their calendar copies are not counted again. */
  parleyUids: Set<string>;
}

/** The span of busy times one sync reads for a host, and what it needs to read them right. */
export async function busyWindow(db: Kysely<Database>, userId: string): Promise<BusyWindow> {
  const row = await db
    .selectFrom("meeting_availability")
    .select("settings")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  // Never saved: the zone of their live-chat profile, as a new availability would start from.
  const availability = row ? parseAvailability(row.settings) : null;
  const zone = availability?.timeZone ?? (await profileTimeZone(db, userId));
  const horizon = availability?.horizonDays ?? 0;
  const now = clock().now();
  const start = new Date(now - DAY_MS).toISOString();
  const meetings = await db
    .selectFrom("meetings")
    .select("uid")
    .where("user_id", "=", userId)
    .where("ends_at", ">", start)
    .execute();
  return {
    start,
    end: new Date(now + Math.max(MIN_LOOKAHEAD_DAYS, horizon + 1) * DAY_MS).toISOString(),
    zone,
    parleyUids: new Set(meetings.map((m) => m.uid)),
  };
}
