import type { Routing } from "../cards/routing";
import type { Stream } from "../stream";
import type { SimulatedAgents } from "./simulatedHost";

export interface Availability {
  agentIds: readonly string[];
  teamIds: readonly string[];
}

/** The id the simulation's own sample agent goes by. */
export const SIMULATED_AGENT_ID = "simulated-agent";

/**
 * Who is available, as the runner's conditions see it. "Everyone" means the sample agent plus
 * every agent and team the streams name (Branch conditions, routing), so a condition on a
 * particular team or agent holds too.
 */
export function simulatedAvailability(agents: SimulatedAgents, streams: readonly Stream[]): Availability {
  if (agents === false) return { agentIds: [], teamIds: [] };
  if (agents !== true) return agents;
  const agentIds = new Set([SIMULATED_AGENT_ID]);
  const teamIds = new Set<string>();
  // The ids sit in conditions and routings at any depth: a walk over the plain JSON finds them all.
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) {
        if (key === "agentId" && typeof inner === "string" && inner) agentIds.add(inner);
        else if (key === "teamId" && typeof inner === "string" && inner) teamIds.add(inner);
        else walk(inner);
      }
  };
  streams.forEach((s) => walk(s.cards));
  return { agentIds: [...agentIds], teamIds: [...teamIds] };
}

/**
 * Whether routing would find someone, roughly as domain/routing decides: a specific agent or team
 * must be available unless the routing falls back to round robin (the default); every other
 * strategy (round robin, custom rules, account owner) takes anyone available.
 */
export function simulatedRoutingFinds(routing: Routing, availability: Availability): boolean {
  const anyone = availability.agentIds.length > 0;
  const fallback = routing.fallbackToRoundRobin !== false && anyone;
  switch (routing.strategy) {
    case "specific_agent":
      return (routing.agentId !== undefined && availability.agentIds.includes(routing.agentId)) || fallback;
    case "team":
      return (routing.teamId !== undefined && availability.teamIds.includes(routing.teamId)) || fallback;
    case "round_robin":
    case "custom_rules":
    case "account_owner":
      return anyone;
  }
}
