import type { AgentStateRow } from "../agents/listAgentStates";
import type { LogEntry } from "./routingLog";

export interface Pick {
  agent: AgentStateRow | null;
  /** The agents passed over before the pick (or all of them), each with why. */
  entries: LogEntry[];
}

/** Why an agent cannot be offered this chat now, or null when they can. */
export function skipReason(agent: AgentStateRow, excluded: ReadonlySet<string>): string | null {
  if (excluded.has(agent.id)) return "already_offered";
  if (agent.state !== "available") return agent.state;
  if (agent.activeChats >= agent.limit) return "at_limit";
  return null;
}

/**
 * Strict round robin: the first eligible agent of `pool` after the one who had the last turn
 * (`lastAgentId`), in the site's round-robin order (`ordered`, from listAgentStates), wrapping round.
 * A pointer at someone outside the pool (or gone) still marks the place in the site's order.
 */
export function pickRoundRobin(
  ordered: readonly AgentStateRow[],
  pool: readonly AgentStateRow[],
  lastAgentId: string | null,
  excluded: ReadonlySet<string>,
  stage: string,
): Pick {
  return pickFirst(roundRobinTurn(ordered, pool, lastAgentId), excluded, stage);
}

/**
 * `pool` in the order its members get their turn: from the first one after `lastId` in the site's
 * order (`ordered`), wrapping round. Live chat picks the first eligible of it; a meeting the first
 * with the chosen time free (domain/meetings/claimSlot).
 */
export function roundRobinTurn<T extends { id: string }>(
  ordered: readonly { id: string }[],
  pool: readonly T[],
  lastId: string | null,
): T[] {
  const rank = new Map(ordered.map((a, i) => [a.id, i]));
  const sorted = [...pool].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const last = lastId === null ? -1 : (rank.get(lastId) ?? -1);
  const after = sorted.findIndex((a) => (rank.get(a.id) ?? 0) > last);
  return after < 0 ? sorted : [...sorted.slice(after), ...sorted.slice(0, after)];
}

/** The first agent of `candidates` who is eligible; those before them logged as skipped. */
export function pickFirst(
  candidates: readonly AgentStateRow[],
  excluded: ReadonlySet<string>,
  stage: string,
): Pick {
  const entries: LogEntry[] = [];
  for (const agent of candidates) {
    const reason = skipReason(agent, excluded);
    if (reason === null) return { agent, entries };
    entries.push({ kind: "skipped", agentId: agent.id, detail: { stage, reason } });
  }
  return { agent: null, entries };
}
