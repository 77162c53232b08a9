import type { AgentState } from "@parley/protocol/liveChat";

/** An agent's state as a short label and, when they cannot take chats, why. */
export const AGENT_STATE_WORDS: Record<AgentState, { label: string; why: string | null }> = {
  available: { label: "Available", why: null },
  away: { label: "Away", why: "set to away" },
  outside_schedule: { label: "Away", why: "outside the schedule" },
  inbox_closed: { label: "Away", why: "the inbox is not open" },
  offline: { label: "Offline", why: "not connected" },
};

/** "Available", or "Away — outside the schedule": what the agent lists and the header show. */
export function agentStateText(state: AgentState): string {
  const { label, why } = AGENT_STATE_WORDS[state];
  return why ? `${label} — ${why}` : label;
}
