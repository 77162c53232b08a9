import type { TimelineEntry } from "@parley/protocol/directory";

const VERBS: Record<string, string> = {
  triggered: "Was shown",
  engaged: "Engaged with",
  completed: "Completed",
  dropped: "Dropped out of",
  email_given: "Gave their email in",
  goal_reached: "Reached a goal in",
  meeting_scheduled: "Scheduled a meeting in",
  agent_engaged: "Chatted with an agent in",
  content_opened: "Opened content in",
  consent_given: "Gave consent in",
  answer_not_saved: "Gave an answer that differs from their stored value (kept) in",
};

/** One timeline entry in words: "Completed Pricing questions (v3)". */
export function activityText(entry: TimelineEntry): string {
  const verb = VERBS[entry.type] ?? entry.type.replaceAll("_", " ");
  const where = entry.dialogueName
    ? `${entry.dialogueName}${entry.dialogueVersion ? ` (v${entry.dialogueVersion})` : ""}`
    : "a dialogue";
  const goal =
    entry.type === "goal_reached" && typeof entry.data.goal === "string" ? `: ${entry.data.goal}` : "";
  return `${verb} ${where}${goal}`;
}
