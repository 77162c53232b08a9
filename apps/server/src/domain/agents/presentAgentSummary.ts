import type { AgentSummary } from "@parley/protocol/liveChat";
import type { AgentStateRow } from "./listAgentStates";

/** Where the app loads an agent's avatar; the version makes a new upload bypass caches. */
export const avatarUrl = (userId: string, version: string | null): string | null =>
  version ? `/api/avatars/${userId}?v=${encodeURIComponent(version)}` : null;

/** Two letters shown when there is no avatar: first and last word's initial ("Ada Lovelace" → "AL"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? "?"];
  const picked = letters.map((w) => [...(w ?? "")][0] ?? "").join("");
  return (picked || "?").toLocaleUpperCase();
}

/** An agent as the app shows them (the agent list, presence announcements). */
export function presentAgentSummary(row: AgentStateRow): AgentSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    initials: initialsOf(row.name),
    avatarUrl: avatarUrl(row.id, row.avatarVersion),
    teamIds: row.teamIds,
    state: row.state,
    activeChats: row.activeChats,
    limit: row.limit,
    concurrencyLimit: row.ownLimit,
  };
}
