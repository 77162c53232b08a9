import type { RoutingLogEntry } from "@parley/protocol/liveChat";

const STAGES: Record<string, string> = {
  account: "as the account's owner",
  rule: "by a routing rule",
  round_robin: "by round robin",
  fallback_round_robin: "by round robin over everyone (the rule found nobody)",
  queue: "from the queue",
  transfer: "by a transfer",
};

/** Why an agent could not be offered the chat, as the routing log records it. */
const REASONS: Record<string, string> = {
  away: "set to away",
  outside_schedule: "outside their schedule",
  inbox_closed: "their inbox was not open",
  offline: "offline",
  at_limit: "already at their chat limit",
  full: "already at their chat limit",
  declined: "they declined this chat already",
  timed_out: "they did not answer this chat before",
  already_offered: "offered this chat already",
  not_member: "not on the team",
  no_access: "no access to this site",
  deactivated: "their account is deactivated",
  no_agents: "nobody was available",
  nobody_eligible: "nobody was available",
  max_attempts: "every attempt was used",
  queue_timeout: "nobody took it from the queue in time",
  queue_disabled: "the queue is off",
  agent: "the agent ended it",
  visitor: "the visitor ended it",
  inactivity: "nobody wrote for a while",
  fallback: "nobody was available",
};

const words = (code: unknown): string =>
  typeof code === "string" ? (REASONS[code] ?? code.replaceAll("_", " ")) : "";
const str = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

/**
 * One routing log entry as a plain sentence for the "Why this agent" panel: who was considered and
 * how, who was skipped and why, offered, declined, timed out, and how it ended. Unknown details are
 * shown in their own words rather than hidden.
 */
export function routingLogWords(entry: RoutingLogEntry): string {
  const who = entry.agentName ?? "An agent";
  const d = entry.detail;
  const stage = str(d.stage)
    ? (STAGES[d.stage as string] ?? `by ${(d.stage as string).replaceAll("_", " ")}`)
    : "";
  const rule = str(d.rule) ?? str(d.ruleName);
  const how = [stage, rule ? `“${rule}”` : ""].filter(Boolean).join(" ");
  const attempt = typeof d.attempt === "number" ? ` (attempt ${d.attempt})` : "";
  const reason = words(d.reason);
  switch (entry.kind) {
    case "requested":
      return "The visitor asked for a live chat.";
    case "considered":
      return `Considered ${who}${how ? ` ${how}` : ""}.`;
    case "skipped":
      return `Skipped ${who}${reason ? `: ${reason}` : ""}.`;
    case "offered":
      return `Offered to ${who}${attempt}.`;
    case "accepted":
      return `${who} accepted.`;
    case "declined":
      return `${who} declined.`;
    case "timed_out":
      return `${who} did not answer in time.`;
    case "queued":
      return "Nobody accepted yet: the chat waits in the queue.";
    case "fallback":
      return `Nobody took the chat${reason ? ` (${reason})` : ""}: the visitor got the fallback message.`;
    case "transferred": {
      const to = str(d.toAgentName) ?? str(d.teamName) ?? entry.agentName;
      const note = str(d.note);
      return `Transferred${to ? ` to ${to}` : ""}${note ? ` with the note “${note}”` : ""}.`;
    }
    case "ended":
      return `The chat ended${reason ? `: ${reason}` : ""}.`;
    case "blocked":
      return `Routing stopped${reason ? `: ${reason}` : ""}.`;
  }
}
