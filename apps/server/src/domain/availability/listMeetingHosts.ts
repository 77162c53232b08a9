import type { MeetingHost } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { IANAZone } from "luxon";
import type { Database } from "../../store/schema";
import { isSiteAgent } from "../agents/isSiteAgent";
import { avatarUrl, initialsOf } from "../agents/presentAgentSummary";
import { parseAvailability } from "./defaultAvailability";

/**
 * The site's meeting hosts: active users whose role holds meetings.host and who reach the site, in
 * round-robin order (oldest user first, then id, as live chat's agents). Each says whether they saved
 * availability (without it they have no slots), their zone, and whether a calendar needs attention.
 */
export async function listMeetingHosts(db: Kysely<Database>, siteId: string): Promise<MeetingHost[]> {
  const users = await db
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .leftJoin("agent_profiles", "agent_profiles.user_id", "users.id")
    .leftJoin("meeting_availability", "meeting_availability.user_id", "users.id")
    .select([
      "users.id",
      "users.name",
      "users.email",
      "users.site_ids",
      "roles.permissions",
      "agent_profiles.time_zone",
      "agent_profiles.avatar_type",
      "agent_profiles.updated_at as profile_updated_at",
      "meeting_availability.settings",
    ])
    .where("users.active", "=", 1)
    .orderBy("users.created_at")
    .orderBy("users.id")
    .execute();
  const hosts = users.filter((u) => isSiteAgent(u, siteId, "meetings.host"));
  if (!hosts.length) return [];
  const ids = hosts.map((h) => h.id);
  const [teams, troubled] = await Promise.all([
    db.selectFrom("team_members").select(["team_id", "user_id"]).where("user_id", "in", ids).execute(),
    db
      .selectFrom("calendar_connections")
      .select("user_id")
      .distinct()
      .where("user_id", "in", ids)
      .where("status", "=", "needs_attention")
      .execute(),
  ]);
  const attention = new Set(troubled.map((t) => t.user_id));
  return hosts.map((h) => {
    const profileZone = h.time_zone && IANAZone.isValidZone(h.time_zone) ? h.time_zone : "UTC";
    return {
      id: h.id,
      name: h.name,
      email: h.email,
      initials: initialsOf(h.name),
      avatarUrl: avatarUrl(h.id, h.avatar_type ? h.profile_updated_at : null),
      teamIds: teams.filter((t) => t.user_id === h.id).map((t) => t.team_id),
      configured: h.settings !== null,
      timeZone: h.settings !== null ? parseAvailability(h.settings, profileZone).timeZone : profileZone,
      calendarsNeedAttention: attention.has(h.id),
    };
  });
}
