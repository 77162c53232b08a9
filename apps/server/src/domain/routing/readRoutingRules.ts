import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

export interface RuleForRouting {
  id: string;
  name: string;
  priority: number;
  agentIds: string[];
  teamId: string | null;
  conditions: unknown[];
}

/**
 * The site's custom routing rules, lowest priority number first (then oldest). Read directly from
 * `routing_rules`; the agents helper's domain/routingConfig can replace this one function.
 */
export async function readRoutingRules(db: Kysely<Database>, siteId: string): Promise<RuleForRouting[]> {
  const rows = await db
    .selectFrom("routing_rules")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("priority")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    priority: r.priority,
    agentIds: parseJson<string[]>(r.agent_ids, []),
    teamId: r.team_id,
    conditions: parseJson<unknown[]>(r.conditions, []),
  }));
}
