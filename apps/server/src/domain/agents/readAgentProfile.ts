import { type AgentProfile, LiveChatSettings } from "@parley/protocol/liveChat";
import { WeeklySchedule } from "@parley/protocol/schedule";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import { parseJson } from "../../lib/json";
import type { Presence } from "../../presence/presence";
import type { Database } from "../../store/schema";
import { listAgentStates } from "./listAgentStates";
import { presentAgentSummary } from "./presentAgentSummary";
import { readLiveChatSettings } from "./readLiveChatSettings";
import { sitesOfAgent } from "./sitesOfAgent";

/**
 * A user's agent profile. State, load and limit are those of the first site they reach (with that
 * site's settings); a user who answers no chats there reads as offline with no load.
 */
export async function readAgentProfile(
  db: Kysely<Database>,
  presence: Presence,
  userId: string,
): Promise<AgentProfile> {
  const user = await db
    .selectFrom("users")
    .leftJoin("agent_profiles", "agent_profiles.user_id", "users.id")
    .select([
      "users.id",
      "users.name",
      "users.email",
      "agent_profiles.concurrency_limit",
      "agent_profiles.time_zone",
      "agent_profiles.schedule",
      "agent_profiles.availability",
      "agent_profiles.availability_until",
      "agent_profiles.avatar_type",
      "agent_profiles.updated_at",
    ])
    .where("users.id", "=", userId)
    .executeTakeFirst();
  if (!user) throw notFound("Agent");
  const [siteId] = await sitesOfAgent(db, userId);
  const settings = siteId ? await readLiveChatSettings(db, siteId) : LiveChatSettings.parse({});
  const [row] = siteId ? await listAgentStates(db, presence, siteId, settings, [userId]) : [];
  const summary = presentAgentSummary(
    row ?? {
      id: user.id,
      name: user.name,
      email: user.email,
      createdAt: "",
      teamIds: (
        await db.selectFrom("team_members").select("team_id").where("user_id", "=", userId).execute()
      ).map((t) => t.team_id),
      hasAvatar: !!user.avatar_type,
      avatarVersion: user.avatar_type ? user.updated_at : null,
      state: "offline",
      activeChats: 0,
      limit: user.concurrency_limit ?? settings.defaultConcurrency,
      ownLimit: user.concurrency_limit,
      eligible: false,
    },
  );
  const schedule = WeeklySchedule.safeParse(parseJson<unknown>(user.schedule ?? null, null));
  return {
    ...summary,
    timeZone: user.time_zone ?? "UTC",
    schedule: schedule.success ? schedule.data : null,
    concurrencyLimit: user.concurrency_limit ?? null,
    availability: user.availability ?? null,
    availabilityUntil: user.availability_until ?? null,
  };
}
