import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { isSiteAgent } from "./isSiteAgent";

/**
 * The active users who answer live chats on the site, by lower-case email (or only those with these
 * ids): who may own an account or be named in a rule. Pass the writing transaction.
 */
export async function siteAgentsByEmail(
  db: Kysely<Database>,
  siteId: string,
  ids?: readonly string[],
): Promise<Map<string, { id: string; name: string; email: string }>> {
  if (ids && !ids.length) return new Map();
  let query = db
    .selectFrom("users")
    .innerJoin("roles", "roles.id", "users.role_id")
    .select(["users.id", "users.name", "users.email", "users.site_ids", "roles.permissions"])
    .where("users.active", "=", 1);
  if (ids) query = query.where("users.id", "in", ids);
  const users = await query.execute();
  return new Map(
    users
      .filter((u) => isSiteAgent(u, siteId))
      .map((u) => [u.email.toLowerCase(), { id: u.id, name: u.name, email: u.email }]),
  );
}
