import type { Routing } from "@parley/flow/cards/routing";

export const STRATEGY_LABELS: Readonly<Record<Routing["strategy"], string>> = {
  round_robin: "Round robin (any available agent)",
  specific_agent: "A specific agent",
  team: "A team",
  custom_rules: "Custom routing rules",
  account_owner: "The account owner",
};

/** A strategy change keeps the other ids (the designer may switch back; the runner ignores them). */
export function setStrategy(routing: Routing, strategy: Routing["strategy"]): Routing {
  return { ...routing, strategy };
}

/** Rule `id` used or not; the rules keep the order they were picked in. */
export function toggleRule(routing: Routing, id: string, on: boolean): Routing {
  const current = routing.ruleIds ?? [];
  const ruleIds = on ? (current.includes(id) ? current : [...current, id]) : current.filter((r) => r !== id);
  return { ...routing, ruleIds };
}

interface Known {
  agentIds: readonly string[];
  teamIds: readonly string[];
  ruleIds: readonly string[];
}

/** What the strategy needs but lacks, in words (the validator says the same before publishing). */
export function routingProblem(routing: Routing, known: Known | null): string | null {
  switch (routing.strategy) {
    case "round_robin":
    case "account_owner":
      return null;
    case "specific_agent":
      if (!routing.agentId) return "Choose the agent.";
      return known && !known.agentIds.includes(routing.agentId)
        ? "That agent is no longer on this site."
        : null;
    case "team":
      if (!routing.teamId) return "Choose the team.";
      return known && !known.teamIds.includes(routing.teamId) ? "That team no longer exists." : null;
    case "custom_rules": {
      const ids = routing.ruleIds ?? [];
      if (ids.length === 0) return "Choose at least one routing rule.";
      const gone = known ? ids.filter((id) => !known.ruleIds.includes(id)).length : 0;
      return gone > 0 ? `${gone} chosen rule(s) no longer exist.` : null;
    }
  }
}
