import type { AttributeCondition } from "@parley/flow/conditions/condition";
import type { RoutingRule } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** A custom routing rule with its conditions typed (each was validated as an AttributeCondition when saved). */
export type RoutingRuleRow = Omit<RoutingRule, "conditions"> & {
  conditions: z.infer<typeof AttributeCondition>[];
};

/**
 * The site's custom routing rules in the order routing evaluates them: lowest priority number first,
 * then the older rule. Pass the routing transaction as `db`.
 */
export async function readRoutingRules(
  db: Kysely<Database>,
  siteId: string,
  ids?: string[],
): Promise<RoutingRuleRow[]> {
  let query = db
    .selectFrom("routing_rules")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("priority")
    .orderBy("created_at")
    .orderBy("id");
  if (ids) query = query.where("id", "in", ids);
  return (await query.execute()).map((r) => ({
    id: r.id,
    name: r.name,
    priority: r.priority,
    agentIds: parseJson<string[]>(r.agent_ids, []),
    teamId: r.team_id,
    conditions: parseJson<z.infer<typeof AttributeCondition>[]>(r.conditions, []),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
