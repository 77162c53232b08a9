import { type LiveChatSettings, type AgentState } from "@parley/protocol/liveChat";
import { WeeklySchedule } from "@parley/protocol/schedule";
import type { Kysely } from "kysely";
import { clock } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import { isOnline, type Presence } from "../../presence/presence";
import type { Database } from "../../store/schema";
import { isSiteAgent } from "./isSiteAgent";
import { inScheduleBlock } from "./scheduleNow";

/** One agent of a site as routing sees them now. */
export interface AgentStateRow {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  teamIds: string[];
  hasAvatar: boolean;
  avatarVersion: string | null;
  state: AgentState;
  /** Assigned chats plus open offers: what counts against the limit. */
  activeChats: number;
  limit: number;
  /** The agent's own limit; null: the site default applies. */
  ownLimit: number | null;
  /** available and below the limit. */
  eligible: boolean;
}

/**
 * Every agent of the site (active users whose role answers live chats and who can reach the site),
 * in round-robin order (oldest user first, then id), with their state and load now. Pass the
 * routing transaction as `db` so the load is read where the offer is written. `only` narrows it to
 * these users (a presence announcement about one agent).
 */
export async function listAgentStates(
  db: Kysely<Database>,
  presence: Presence,
  siteId: string,
  settings: LiveChatSettings,
  only?: readonly string[],
): Promise<AgentStateRow[]> {
  if (only && !only.length) return [];
  let query = db
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .leftJoin("agent_profiles", "agent_profiles.user_id", "users.id")
    .select([
      "users.id",
      "users.name",
      "users.email",
      "users.site_ids",
      "users.created_at",
      "roles.permissions",
      "agent_profiles.concurrency_limit",
      "agent_profiles.time_zone",
      "agent_profiles.schedule",
      "agent_profiles.availability",
      "agent_profiles.availability_until",
      "agent_profiles.avatar_type",
      "agent_profiles.updated_at as profile_updated_at",
    ])
    .where("users.active", "=", 1)
    .orderBy("users.created_at")
    .orderBy("users.id");
  if (only) query = query.where("users.id", "in", only);
  const users = await query.execute();
  const agents = users.filter((u) => isSiteAgent(u, siteId));
  if (!agents.length) return [];
  const ids = agents.map((a) => a.id);

  const [teams, assigned, offers, beats] = await Promise.all([
    db.selectFrom("team_members").select(["team_id", "user_id"]).where("user_id", "in", ids).execute(),
    db
      .selectFrom("live_chats")
      .select(["agent_id", db.fn.countAll<number>().as("n")])
      .where("status", "=", "assigned")
      .where("agent_id", "in", ids)
      .groupBy("agent_id")
      .execute(),
    db
      .selectFrom("chat_offers")
      .select(["agent_id", db.fn.countAll<number>().as("n")])
      .where("status", "=", "open")
      .where("agent_id", "in", ids)
      .groupBy("agent_id")
      .execute(),
    presence.read(ids),
  ]);
  const load = new Map<string, number>();
  for (const row of [...assigned, ...offers])
    if (row.agent_id) load.set(row.agent_id, (load.get(row.agent_id) ?? 0) + Number(row.n));

  const now = clock().now();
  return agents.map((a) => {
    const beat = beats.get(a.id);
    const limit = a.concurrency_limit ?? settings.defaultConcurrency;
    const activeChats = load.get(a.id) ?? 0;
    const state = stateOf(a, beat && isOnline(beat, now) ? beat.inboxSeenAt : undefined, now, settings);
    return {
      id: a.id,
      name: a.name,
      email: a.email,
      createdAt: a.created_at,
      teamIds: teams.filter((t) => t.user_id === a.id).map((t) => t.team_id),
      hasAvatar: !!a.avatar_type,
      avatarVersion: a.avatar_type ? a.profile_updated_at : null,
      state,
      activeChats,
      limit,
      ownLimit: a.concurrency_limit,
      eligible: state === "available" && activeChats < limit,
    };
  });
}

interface ProfileBits {
  time_zone: string | null;
  schedule: string | null;
  availability: string | null;
  availability_until: string | null;
}

/**
 * offline: no heartbeat within the grace period; inbox_closed: online but no inbox on screen for
 * `awayAfterMinutes`; then the manual toggle while it lasts; then the weekly schedule (none: available).
 * `inboxSeenAt` undefined means offline.
 */
function stateOf(
  profile: ProfileBits,
  inboxSeenAt: string | null | undefined,
  now: number,
  settings: LiveChatSettings,
): AgentState {
  if (inboxSeenAt === undefined) return "offline";
  if (!inboxSeenAt || now - Date.parse(inboxSeenAt) > settings.awayAfterMinutes * 60_000)
    return "inbox_closed";
  const toggled =
    profile.availability && (!profile.availability_until || Date.parse(profile.availability_until) > now)
      ? profile.availability
      : null;
  if (toggled === "away") return "away";
  if (toggled === "available") return "available";
  const schedule = WeeklySchedule.safeParse(parseJson<unknown>(profile.schedule, null));
  if (!schedule.success) return "available";
  return inScheduleBlock(schedule.data, profile.time_zone ?? "UTC", now) ? "available" : "outside_schedule";
}
