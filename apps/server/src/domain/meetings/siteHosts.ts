import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { isSiteAgent } from "../agents/isSiteAgent";

/** Someone a visitor can book on a site. */
export interface SiteHost {
  id: string;
  name: string;
  email: string;
  teamIds: string[];
}

/**
 * The site's meeting hosts (active users whose role holds meetings.host and who reach the site) in
 * round-robin order: oldest user first, then id, the order live chat uses for its agents.
 */
export async function siteHosts(db: Kysely<Database>, siteId: string): Promise<SiteHost[]> {
  const users = await db
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select(["users.id", "users.name", "users.email", "users.site_ids", "roles.permissions"])
    .where("users.active", "=", 1)
    .orderBy("users.created_at")
    .orderBy("users.id")
    .execute();
  const hosts = users.filter((u) => isSiteAgent(u, siteId, "meetings.host"));
  if (!hosts.length) return [];
  const teams = await db
    .selectFrom("team_members")
    .select(["team_id", "user_id"])
    .where(
      "user_id",
      "in",
      hosts.map((h) => h.id),
    )
    .execute();
  return hosts.map((h) => ({
    id: h.id,
    name: h.name,
    email: h.email,
    teamIds: teams.filter((t) => t.user_id === h.id).map((t) => t.team_id),
  }));
}
