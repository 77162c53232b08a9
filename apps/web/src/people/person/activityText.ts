import type { TimelineEntry } from "@parley/protocol/directory";

const VERBS: Record<string, string> = {
  triggered: "Was shown",
  engaged: "Engaged with",
  completed: "Completed",
  dropped: "Dropped out of",
  email_given: "Gave their email in",
  goal_reached: "Reached a goal in",
  meeting_scheduled: "Scheduled a meeting in",
  content_opened: "Opened content in",
  consent_given: "Gave consent in",
  answer_not_saved: "Gave an answer that differs from their stored value (kept) in",
};

/** The live chat's activities name the agent (data.agentName) and, for the end, who ended it. */
function liveChatVerb(entry: TimelineEntry): string | undefined {
  const agent =
    typeof entry.data.agentName === "string" && entry.data.agentName ? entry.data.agentName : null;
  if (entry.type === "agent_engaged") return `Chatted with ${agent ?? "an agent"} in`;
  if (entry.type !== "agent_left") return undefined;
  const withAgent = agent ? ` with ${agent}` : "";
  switch (entry.data.reason) {
    case "visitor":
      return `Ended the live chat${withAgent} in`;
    case "agent":
      return `Live chat ended by ${agent ?? "the agent"} in`;
    case "inactivity":
      return `Live chat${withAgent} ended after inactivity in`;
    default:
      return `Live chat${withAgent} ended in`;
  }
}

/** One timeline entry in words: "Completed Pricing questions (v3)". */
export function activityText(entry: TimelineEntry): string {
  const verb = liveChatVerb(entry) ?? VERBS[entry.type] ?? entry.type.replaceAll("_", " ");
  const where = entry.dialogueName
    ? `${entry.dialogueName}${entry.dialogueVersion ? ` (v${entry.dialogueVersion})` : ""}`
    : "a dialogue";
  const goal =
    entry.type === "goal_reached" && typeof entry.data.goal === "string" ? `: ${entry.data.goal}` : "";
  return `${verb} ${where}${goal}`;
}
