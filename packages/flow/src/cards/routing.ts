import { z } from "zod";

export const ROUTING_STRATEGIES = [
  "round_robin",
  "specific_agent",
  "team",
  "custom_rules",
  "account_owner",
] as const;

/**
 * Who gets a live chat or a meeting (product §5, §6). Ids a strategy does not use are kept
 * (the designer may switch back) and ignored. The validator reports a missing agent, team or rule.
 */
export const Routing = z.strictObject({
  strategy: z.enum(ROUTING_STRATEGIES),
  agentId: z.string().max(64).optional(),
  teamId: z.string().max(64).optional(),
  ruleIds: z.array(z.string().max(64)).max(50).optional(),
  /** When the strategy finds nobody, try round robin over all available agents. Default true. */
  fallbackToRoundRobin: z.boolean().optional(),
});
export type Routing = z.infer<typeof Routing>;
