import { Routing } from "@parley/flow/cards/routing";
import { ConditionGroup } from "@parley/flow/conditions/condition";
import { evaluateConditions } from "@parley/flow/conditions/evaluateConditions";
import type { Meeting, MeetingHost } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { parseJson } from "../../lib/json";
import type { Presence } from "../../presence/presence";
import type { ConversationTable, Database, MeetingOfferTable } from "../../store/schema";
import { runContextFor } from "../engine/runContextFor";
import { accountOwnerFor } from "../routing/accountOwnerFor";
import { blockedEmailDomain } from "../routing/blockedEmailDomain";
import { readRoutingRules } from "../routingConfig/readRoutingRules";
import { listMeetingHosts } from "../availability/listMeetingHosts";

export type MeetingLogEntry = Meeting["routingLog"][number];

/** The hosts an offer may be booked with, as routing decided them. */
export interface HostPlan {
  /** round_robin | rule | team | specific_agent | account | fallback_round_robin | blocked */
  stage: string;
  /** The round-robin pointer the booking takes its turn from and moves; null: no turns (one host). */
  scope: string | null;
  /** The pool, in the site's round-robin order. */
  hosts: MeetingHost[];
  /** Every host of the site in round-robin order (where a pointer's turn is counted from). */
  ordered: MeetingHost[];
  log: MeetingLogEntry[];
}

export interface PlanInput {
  db: Kysely<Database>;
  presence: Presence;
  offer: MeetingOfferTable;
  conversation: ConversationTable;
  /** Which of these hosts have a free slot (the caller caches: rules and the fallback ask again). */
  withSlots(ids: string[]): Promise<Set<string>>;
}

/** Round-robin pointer scopes of meetings, apart from live chat's. */
export const MEETING_SCOPE = "meeting";

/**
 * Meeting routing (product.md §6): round robin over every host, a specific host, a team (round
 * robin within it), custom rules (priority order, the first that matches and has a host with free
 * time wins), or the account owner. The account list decides account-owner cards and live-chat
 * fallback offers alone (its owner or nobody, as live chat's routing). When the strategy leaves
 * nobody with free time, round robin over every host, unless the card switched that off.
 * Visitors from a blocked email domain get nobody.
 */
export async function chooseMeetingHosts(input: PlanInput): Promise<HostPlan> {
  const { db, offer, conversation } = input;
  const ordered = await listMeetingHosts(db, offer.site_id);
  const parsed = Routing.safeParse(parseJson<unknown>(offer.routing, null));
  const routing: Routing = parsed.success ? parsed.data : { strategy: "round_robin" };
  const plan = (stage: string, scope: string | null, hosts: MeetingHost[], log: MeetingLogEntry[]) => ({
    stage,
    scope,
    hosts,
    ordered,
    log,
  });

  const blocked = await blockedEmailDomain(db, offer.site_id, conversation.person_id);
  if (blocked) return plan("blocked", null, [], [skipped(null, "blocked", "blocked_domain", { blocked })]);

  const log: MeetingLogEntry[] = [];
  if (offer.reason === "liveChatFallback" || routing.strategy === "account_owner") {
    const account = await accountOwnerFor(db, offer.site_id, conversation.person_id);
    if (account) {
      const detail = { stage: "account", via: account.via, domain: account.domain };
      log.push({ kind: "considered", agentId: account.ownerId, detail });
      const owner = ordered.find((h) => h.id === account.ownerId);
      if (!owner) log.push(skipped(account.ownerId, "account", "not_a_host"));
      return plan("account", null, owner ? [owner] : [], log);
    }
  }

  const byRule = await strategyPlan(input, routing, ordered);
  log.push(...byRule.log);
  const found = byRule.hosts.length > 0 && (await input.withSlots(byRule.hosts.map((h) => h.id))).size > 0;
  if (found || routing.strategy === "round_robin") return plan(byRule.stage, byRule.scope, byRule.hosts, log);
  if (routing.fallbackToRoundRobin === false) {
    log.push({
      kind: "considered",
      agentId: null,
      detail: { stage: "fallback_round_robin", reason: "switched_off" },
    });
    return plan(byRule.stage, byRule.scope, byRule.hosts, log);
  }
  log.push({
    kind: "considered",
    agentId: null,
    detail: { stage: "fallback_round_robin", pool: ordered.length },
  });
  return plan("fallback_round_robin", MEETING_SCOPE, ordered, log);
}

type StagePlan = Pick<HostPlan, "stage" | "scope" | "hosts" | "log">;

/** The card's own strategy. */
async function strategyPlan(input: PlanInput, routing: Routing, ordered: MeetingHost[]): Promise<StagePlan> {
  switch (routing.strategy) {
    case "round_robin":
      return { stage: "round_robin", scope: MEETING_SCOPE, hosts: ordered, log: [] };
    case "specific_agent": {
      const host = ordered.find((h) => h.id === routing.agentId);
      if (!host)
        return {
          stage: "specific_agent",
          scope: null,
          hosts: [],
          log: [skipped(routing.agentId, "specific_agent", "not_a_host")],
        };
      return { stage: "specific_agent", scope: null, hosts: [host], log: [] };
    }
    case "team": {
      if (!routing.teamId)
        return { stage: "team", scope: null, hosts: [], log: [skipped(null, "team", "no_team")] };
      const teamId = routing.teamId;
      const log: MeetingLogEntry[] = [
        { kind: "considered", agentId: null, detail: { stage: "team", teamId } },
      ];
      const hosts = ordered.filter((h) => h.teamIds.includes(teamId));
      return { stage: "team", scope: `${MEETING_SCOPE}:team:${teamId}`, hosts, log };
    }
    case "custom_rules":
      return customRules(input, routing, ordered);
    case "account_owner":
      // The account list had nobody for this person (it was asked first).
      return {
        stage: "account",
        scope: null,
        hosts: [],
        log: [skipped(null, "account", "no_account_owner")],
      };
  }
}

/** Every rule in priority order; the first that matches and has a host with free time wins. */
async function customRules(input: PlanInput, routing: Routing, ordered: MeetingHost[]): Promise<StagePlan> {
  const { db, offer } = input;
  const rules = await readRoutingRules(
    db,
    offer.site_id,
    routing.ruleIds?.length ? routing.ruleIds : undefined,
  );
  const log: MeetingLogEntry[] = [];
  if (!rules.length)
    return { stage: "rule", scope: null, hosts: [], log: [skipped(null, "rule", "no_rules")] };
  const context = await runContextFor(db, input.presence, input.conversation, null, () => 0);
  for (const rule of rules) {
    const detail = { stage: "rule", rule: rule.id, ruleName: rule.name, priority: rule.priority };
    const group = ConditionGroup.safeParse({ match: "all", conditions: rule.conditions });
    if (!group.success || !evaluateConditions(group.data, context)) {
      const reason = group.success ? "conditions_not_met" : "invalid_conditions";
      log.push({ kind: "skipped", agentId: null, detail: { ...detail, reason } });
      continue;
    }
    const hosts = ordered.filter(
      (h) => rule.agentIds.includes(h.id) || (rule.teamId && h.teamIds.includes(rule.teamId)),
    );
    const free = hosts.length ? await input.withSlots(hosts.map((h) => h.id)) : new Set<string>();
    if (free.size) {
      log.push({ kind: "considered", agentId: null, detail: { ...detail, reason: "matched" } });
      return { stage: "rule", scope: `${MEETING_SCOPE}:rule:${rule.id}`, hosts, log };
    }
    log.push({ kind: "skipped", agentId: null, detail: { ...detail, reason: "no_free_slot" } });
  }
  return { stage: "rule", scope: null, hosts: [], log };
}

const skipped = (
  agentId: string | null | undefined,
  stage: string,
  reason: string,
  extra: Record<string, unknown> = {},
): MeetingLogEntry => ({ kind: "skipped", agentId: agentId ?? null, detail: { stage, reason, ...extra } });
