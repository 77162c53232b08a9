import type { AgentAvailability } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { defaultAvailability, parseAvailability, profileTimeZone } from "./defaultAvailability";

/**
 * A host's meeting availability as saved, or (`configured: false`) the defaults they start from:
 * their live-chat profile's time zone (else UTC), Monday to Friday 09:00–17:00. Pass the writing
 * transaction to read what it wrote.
 */
export async function readAvailability(db: Kysely<Database>, userId: string): Promise<AgentAvailability> {
  const [row, zone] = await Promise.all([
    db
      .selectFrom("meeting_availability")
      .select(["settings", "updated_at"])
      .where("user_id", "=", userId)
      .executeTakeFirst(),
    profileTimeZone(db, userId),
  ]);
  if (!row) return { ...defaultAvailability(zone), userId, configured: false, updatedAt: null };
  return { ...parseAvailability(row.settings, zone), userId, configured: true, updatedAt: row.updated_at };
}
