import { Availability } from "@parley/protocol/meetings";
import { WeeklySchedule } from "@parley/protocol/schedule";
import type { Kysely } from "kysely";
import { IANAZone } from "luxon";
import { parseJson, toJson } from "../../lib/json";
import { parseStoredSettings } from "../../lib/parseStoredSettings";
import type { Database } from "../../store/schema";

/** Monday to Friday, 09:00–17:00: what an agent who never saved their availability sees. */
export const WORKWEEK = {
  blocks: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "17:00" })),
};

// Stored rows are read with the workweek standing in for weekly blocks that no longer parse.
const StoredAvailability = Availability.extend({ schedule: WeeklySchedule.default(WORKWEEK) });

/** Every default of Availability in `timeZone`, weekdays nine to five. */
export function defaultAvailability(timeZone: string): Availability {
  return Availability.parse({ timeZone, schedule: WORKWEEK });
}

/**
 * A stored availability row, read leniently (parseStoredSettings): a key that no longer fits is its
 * default; a missing or unknown zone is `fallbackZone`, missing weekly blocks the workweek.
 */
export function parseAvailability(json: string, fallbackZone = "UTC"): Availability {
  const stored = parseJson<Record<string, unknown>>(json, {});
  // IANAZone.create caches a zone per name; isValidZone would build a formatter on every read.
  const zone =
    typeof stored.timeZone === "string" && IANAZone.create(stored.timeZone).isValid
      ? stored.timeZone
      : fallbackZone;
  return parseStoredSettings(StoredAvailability, toJson({ ...stored, timeZone: zone }));
}

/** The zone of the agent's live-chat profile (what a new availability starts from), else UTC. */
export async function profileTimeZone(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db
    .selectFrom("agent_profiles")
    .select("time_zone")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row && IANAZone.isValidZone(row.time_zone) ? row.time_zone : "UTC";
}
