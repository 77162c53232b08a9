import { AttributeCondition } from "@parley/flow/conditions/condition";
import type { CreateRoutingRuleBody, UpdateRoutingRuleBody } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { badRequest, invalidField, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import { siteAgentsByEmail } from "../agents/siteAgentsByEmail";
import { readRoutingRules, type RoutingRuleRow } from "./readRoutingRules";

type RuleInput = z.output<typeof CreateRoutingRuleBody>;

/** Checks a rule whole, in the writing transaction: its agents or its team, and every condition. */
async function checkRule(db: Kysely<Database>, siteId: string, rule: RuleInput): Promise<RuleInput> {
  const agentIds = [...new Set(rule.agentIds)];
  if (agentIds.length && rule.teamId) throw invalidField("teamId", "must be null when the rule names agents");
  if (!agentIds.length && !rule.teamId) throw invalidField("agentIds", "must name agents, or give a team");
  if (agentIds.length) {
    const agents = [...(await siteAgentsByEmail(db, siteId, agentIds)).values()].map((a) => a.id);
    const missing = agentIds.filter((id) => !agents.includes(id));
    if (missing.length)
      throw badRequest("agentIds names users who do not answer live chats on this site", { missing });
  }
  if (
    rule.teamId &&
    !(await db.selectFrom("teams").select("id").where("id", "=", rule.teamId).executeTakeFirst())
  )
    throw invalidField("teamId", "is not a team");
  const conditions = rule.conditions.map((condition, i) => {
    const parsed = AttributeCondition.safeParse(condition);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = [i, ...(issue?.path ?? [])].join("/");
    throw badRequest(`conditions/${where} is not a valid condition: ${issue?.message ?? "invalid"}`, [
      { path: `/conditions/${where}`, message: issue?.message ?? "invalid" },
    ]);
  });
  return { ...rule, agentIds, conditions };
}

export async function createRoutingRule(
  db: Kysely<Database>,
  siteId: string,
  input: RuleInput,
): Promise<RoutingRuleRow> {
  return db.transaction().execute(async (trx) => {
    const rule = await checkRule(trx, siteId, input);
    const id = newId();
    const now = nowIso();
    await trx
      .insertInto("routing_rules")
      .values({
        id,
        site_id: siteId,
        name: rule.name,
        priority: rule.priority,
        agent_ids: toJson(rule.agentIds),
        team_id: rule.teamId,
        conditions: toJson(rule.conditions),
        created_at: now,
        updated_at: now,
      })
      .execute();
    return (await readRoutingRules(trx, siteId, [id]))[0] as RoutingRuleRow;
  });
}

/** Changes some of a rule's parts; the result is checked whole (agents xor team, conditions). */
export async function updateRoutingRule(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: z.output<typeof UpdateRoutingRuleBody>,
): Promise<RoutingRuleRow> {
  return db.transaction().execute(async (trx) => {
    const [current] = await readRoutingRules(trx, siteId, [id]);
    if (!current) throw notFound("Routing rule");
    // Naming agents drops the team and the other way round, unless the patch sets both.
    const merged = { ...current, ...patch };
    if (patch.agentIds?.length && patch.teamId === undefined) merged.teamId = null;
    if (patch.teamId && patch.agentIds === undefined) merged.agentIds = [];
    const rule = await checkRule(trx, siteId, merged);
    await trx
      .updateTable("routing_rules")
      .set({
        name: rule.name,
        priority: rule.priority,
        agent_ids: toJson(rule.agentIds),
        team_id: rule.teamId,
        conditions: toJson(rule.conditions),
        updated_at: nowIso(),
      })
      .where("id", "=", id)
      .execute();
    return (await readRoutingRules(trx, siteId, [id]))[0] as RoutingRuleRow;
  });
}

export async function deleteRoutingRule(db: Kysely<Database>, siteId: string, id: string): Promise<void> {
  const result = await db
    .deleteFrom("routing_rules")
    .where("id", "=", id)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound("Routing rule");
}
