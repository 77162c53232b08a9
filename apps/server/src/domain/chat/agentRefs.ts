import type { AgentRef } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { avatarUrl } from "../agents/presentAgentSummary";

/** Name and avatar of these users, by id, as chat messages and the inbox show an agent. */
export async function agentRefs(
  db: Kysely<Database>,
  ids: (string | null)[],
): Promise<Map<string, AgentRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await db
    .selectFrom("users")
    .leftJoin("agent_profiles", "agent_profiles.user_id", "users.id")
    .select(["users.id", "users.name", "agent_profiles.avatar_type", "agent_profiles.updated_at"])
    .where("users.id", "in", wanted)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        avatarUrl: r.avatar_type ? avatarUrl(r.id, r.updated_at) : null,
      },
    ]),
  );
}

/** One agent's ref; a user that is gone is shown by id with no name. */
export async function agentRef(db: Kysely<Database>, id: string): Promise<AgentRef> {
  return (await agentRefs(db, [id])).get(id) ?? { id, name: "", avatarUrl: null };
}
