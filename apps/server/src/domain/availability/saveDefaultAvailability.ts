import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { defaultAvailability } from "./defaultAvailability";

/**
 * Saves the default availability (Mon–Fri 09:00–17:00 in `timeZone`, the contract's defaults) for a
 * user, so they can be booked at once: the first admin, so that the demo site's Meeting card has a
 * host out of the box. An availability already saved is kept. `timeZone` must be a valid IANA name
 * (the caller checks it: it comes from a form).
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
