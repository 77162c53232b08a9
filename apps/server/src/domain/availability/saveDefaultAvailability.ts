import { Availability } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** Office hours: Monday to Friday (ISO days 1–5), 09:00–17:00 in the host's own zone. */
const WEEKDAY_BLOCKS = [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" }));

/** Mon–Fri 09:00–17:00 in `timeZone`, with the contract's defaults for length, notice and horizon. */
export function defaultAvailability(timeZone: string): Availability {
  return Availability.parse({ timeZone, schedule: { blocks: WEEKDAY_BLOCKS } });
}

/**
 * Gives a user office-hours availability so they can be booked at once (the first admin, so that the
 * demo site's Meeting card has a host out of the box). An availability already saved is kept. The
 * zone must be a valid IANA name (the caller checks it: it comes from a form).
 */
export async function saveDefaultAvailability(
  db: Kysely<Database>,
  userId: string,
  timeZone: string,
): Promise<void> {
  await db
    .insertInto("meeting_availability")
    .values({ user_id: userId, settings: toJson(defaultAvailability(timeZone)), updated_at: nowIso() })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
}
