import { ConditionGroup } from "@parley/flow/conditions/condition";
import { evaluateConditions } from "@parley/flow/conditions/evaluateConditions";
import { Routing } from "@parley/flow/cards/routing";
import type { LiveChatSettings } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Presence } from "../../presence/presence";
import type { ConversationTable, Database, LiveChatTable } from "../../store/schema";
import type { AgentStateRow } from "../agents/listAgentStates";
import { runContextFor } from "../engine/runContextFor";
import { readRoutingRules } from "../routingConfig/readRoutingRules";
import { accountOwnerFor } from "./accountOwnerFor";
import { pickFirst, pickRoundRobin, skipReason } from "./pickRoundRobin";
import { lockPointer, SITE_SCOPE } from "./roundRobinPointer";
import type { LogEntry } from "./routingLog";

export interface Choice {
  agent: AgentStateRow | null;
  stage: string;
  /** The round-robin scope whose pointer the offer moves. */
  scope: string | null;
  entries: LogEntry[];
  /** The account list decided: nobody but the owner may be tried (nobody eligible: the fallback). */
  accountRouted: boolean;
}

export interface ChooseInput {
  trx: Kysely<Database>;
  kind: "postgres" | "sqlite";
  presence: Presence;
  chat: LiveChatTable;
  conversation: ConversationTable;
  settings: LiveChatSettings;
  /** Every agent of the site in round-robin order, read inside this transaction. */
  agents: AgentStateRow[];
  /** Agents already offered this chat who declined or let it time out. */
  excluded: ReadonlySet<string>;
  /** The site pointer's last turn (the caller holds it locked). */
  lastTurn: string | null;
}

/**
 * The routing pipeline of product.md §5 for one chat, now: the account list first (its owner or
 * nobody), then the card's rule, then, only when the rule found nobody eligible and both the card
 * and the site allow it, round robin over every agent. Logs who was considered and skipped, and why.
 */
export async function chooseAgent(input: ChooseInput): Promise<Choice> {
  const { chat, conversation, agents, excluded } = input;
  const entries: LogEntry[] = [];
  const account = await accountOwnerFor(input.trx, chat.site_id, conversation.person_id);
  if (account) {
    const owner = agents.find((a) => a.id === account.ownerId);
    const detail = { stage: "account", via: account.via, domain: account.domain };
    entries.push({ kind: "considered", agentId: account.ownerId, detail });
    const reason = owner ? skipReason(owner, excluded) : "not_an_agent";
    if (owner && reason === null)
      return { agent: owner, stage: "account", scope: null, entries, accountRouted: true };
    entries.push({ kind: "skipped", agentId: account.ownerId, detail: { ...detail, reason } });
    return { agent: null, stage: "account", scope: null, entries, accountRouted: true };
  }

  const parsed = Routing.safeParse(parseJson<unknown>(chat.routing, null));
  const routing: Routing = parsed.success ? parsed.data : { strategy: "round_robin" };
  const byRule = await ruleStage(input, routing);
  entries.push(...byRule.entries);
  if (byRule.agent) return { ...byRule, entries, accountRouted: false };

  const allowed = routing.fallbackToRoundRobin !== false && input.settings.fallbackToRoundRobin;
  if (routing.strategy === "round_robin" || !allowed) {
    if (!allowed)
      entries.push({ kind: "considered", detail: { stage: "fallback_round_robin", reason: "switched_off" } });
    return { agent: null, stage: byRule.stage, scope: null, entries, accountRouted: false };
  }
  const stage = "fallback_round_robin";
  entries.push({ kind: "considered", detail: { stage, pool: agents.length } });
  const pick = pickRoundRobin(agents, agents, input.lastTurn, excluded, stage);
  entries.push(...pick.entries);
  return { agent: pick.agent, stage, scope: SITE_SCOPE, entries, accountRouted: false };
}

/** The card's own rule. */
async function ruleStage(input: ChooseInput, routing: Routing): Promise<Omit<Choice, "accountRouted">> {
  const { agents, excluded } = input;
  const inTeam = (teamId: string) => agents.filter((a) => a.teamIds.includes(teamId));
  switch (routing.strategy) {
    case "round_robin": {
      const stage = "round_robin";
      const pick = pickRoundRobin(agents, agents, input.lastTurn, excluded, stage);
      return { ...pick, stage, scope: SITE_SCOPE };
    }
    case "specific_agent": {
      const stage = "rule";
      const agent = agents.find((a) => a.id === routing.agentId);
      if (!agent)
        return {
          agent: null,
          stage,
          scope: null,
          entries: [skipped(routing.agentId, stage, "not_an_agent")],
        };
      return { ...pickFirst([agent], excluded, stage), stage, scope: null };
    }
    case "team": {
      const stage = "rule";
      if (!routing.teamId)
        return { agent: null, stage, scope: null, entries: [skipped(null, stage, "no_team")] };
      const scope = `team:${routing.teamId}`;
      const last = await lockPointer(input.trx, input.kind, input.chat.site_id, scope);
      const pick = pickRoundRobin(agents, inTeam(routing.teamId), last, excluded, stage);
      const entries = [
        { kind: "considered" as const, detail: { stage, teamId: routing.teamId } },
        ...pick.entries,
      ];
      return { agent: pick.agent, stage, scope, entries };
    }
    case "custom_rules":
      return customRules(input, routing, inTeam);
    case "account_owner":
      // An account owner who exists was tried before the card's rule.
      return {
        agent: null,
        stage: "rule",
        scope: null,
        entries: [skipped(null, "rule", "no_account_owner")],
      };
  }
}

/** Every rule in priority order, each time; the first that matches and has someone eligible wins. */
async function customRules(
  input: ChooseInput,
  routing: Routing,
  inTeam: (teamId: string) => AgentStateRow[],
): Promise<Omit<Choice, "accountRouted">> {
  const stage = "rule";
  const entries: LogEntry[] = [];
  const rules = await readRoutingRules(
    input.trx,
    input.chat.site_id,
    routing.ruleIds?.length ? routing.ruleIds : undefined,
  );
  if (!rules.length) return { agent: null, stage, scope: null, entries: [skipped(null, stage, "no_rules")] };
  const context = await runContextFor(input.trx, input.presence, input.conversation, null, () => 0);
  for (const rule of rules) {
    const detail = { stage, rule: rule.id, ruleName: rule.name, priority: rule.priority };
    const group = ConditionGroup.safeParse({ match: "all", conditions: rule.conditions });
    if (!group.success || !evaluateConditions(group.data, context)) {
      const reason = group.success ? "conditions_not_met" : "invalid_conditions";
      entries.push({ kind: "skipped", detail: { ...detail, reason } });
      continue;
    }
    entries.push({ kind: "considered", detail: { ...detail, reason: "matched" } });
    const pool = input.agents.filter(
      (a) => rule.agentIds.includes(a.id) || (rule.teamId && inTeam(rule.teamId).includes(a)),
    );
    const scope = `rule:${rule.id}`;
    const last = await lockPointer(input.trx, input.kind, input.chat.site_id, scope);
    const pick = pickRoundRobin(input.agents, pool, last, input.excluded, stage);
    entries.push(...pick.entries.map((e) => ({ ...e, detail: { ...e.detail, rule: rule.id } })));
    if (pick.agent) return { agent: pick.agent, stage, scope, entries };
    entries.push({ kind: "skipped", detail: { ...detail, reason: "nobody_eligible" } });
  }
  return { agent: null, stage, scope: null, entries };
}

const skipped = (agentId: string | null | undefined, stage: string, reason: string): LogEntry => ({
  kind: "skipped",
  agentId: agentId ?? null,
  detail: { stage, reason },
});
