import { IANAZone } from "luxon";
import type { Kysely } from "kysely";
import { clock } from "../lib/clock";
import { parseJson } from "../lib/json";
import type { Database } from "../store/schema";

const DAY_MS = 86_400_000;
/** Busy times are read at least this far ahead, even for a host with a shorter booking horizon. */
export const MIN_LOOKAHEAD_DAYS = 90;

export interface BusyWindow {
  /** UTC instants: now − 1 day … now + max(90 days, the host's horizon). */
  start: string;
  end: string;
  /** The host's availability zone (UTC until they save one): all-day and floating events are read in it. */
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
  // Only two fields matter here; a document that lacks them (never saved) reads as the defaults.
  const settings = parseJson<{ timeZone?: unknown; horizonDays?: unknown }>(row?.settings ?? null, {});
  const zone =
    typeof settings.timeZone === "string" && IANAZone.isValidZone(settings.timeZone)
      ? settings.timeZone
      : "UTC";
  const horizon = typeof settings.horizonDays === "number" ? settings.horizonDays : 0;
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
