import type { Kysely, Updateable } from "kysely";
import { nowIso } from "../../lib/clock";
import type { AgentProfileTable, Database } from "../../store/schema";

type ProfileChanges = Omit<Updateable<AgentProfileTable>, "user_id" | "updated_at">;

/** Writes these columns of a user's agent profile, creating it (every other column at its default) if missing. */
export async function upsertAgentProfile(
  db: Kysely<Database>,
  userId: string,
  changes: ProfileChanges,
): Promise<void> {
  const updated_at = nowIso();
  await db
    .insertInto("agent_profiles")
    .values({
      user_id: userId,
      concurrency_limit: null,
      time_zone: "UTC",
      schedule: null,
      availability: null,
      availability_until: null,
      avatar: null,
      avatar_type: null,
      ...changes,
      updated_at,
    })
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ ...changes, updated_at }))
    .execute();
}
