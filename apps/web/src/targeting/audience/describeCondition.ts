import type { Condition } from "@parley/flow/conditions/condition";
import { OPERATOR_LABELS } from "../../settings/liveChat/ruleConditions";

/** Turns ids and attribute paths into the names a marketer knows. */
export interface ConditionNames {
  attribute(path: string): string;
  segment(id: string): string;
  team(id: string): string;
  agent(id: string): string;
}

const DAY_NAMES = { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" };

/** One condition in a sentence: `Person: Email contains "acme.com"`. */
export function describeCondition(condition: Condition, names: ConditionNames): string {
  switch (condition.type) {
    case "attribute": {
      const subject = names.attribute(condition.attribute);
      const op = OPERATOR_LABELS[condition.operator];
      const { value } = condition;
      if (value === undefined) return `${subject} ${op}`;
      const shown = Array.isArray(value) ? value.map((v) => `"${v}"`).join(", ") : `"${value}"`;
      return `${subject} ${op} ${shown}`;
    }
    case "segment":
      return `${condition.operator === "is" ? "Is" : "Is not"} a member of ${
        condition.segmentId
          ? `the segment "${names.segment(condition.segmentId)}"`
          : "a segment (none chosen)"
      }`;
    case "agentAvailability": {
      const who =
        condition.scope === "any"
          ? "any agent"
          : condition.scope === "team"
            ? `someone in ${condition.teamId ? `the team "${names.team(condition.teamId)}"` : "a team (none chosen)"}`
            : condition.agentId
              ? `the agent "${names.agent(condition.agentId)}"`
              : "an agent (none chosen)";
      return condition.operator === "is"
        ? `${capital(who)} can take a chat now`
        : `Nobody of ${who} can take a chat now`;
    }
    case "officeHours": {
      const blocks = condition.blocks.map((b) => `${DAY_NAMES[b.day]} ${b.from}–${b.to}`).join(", ");
      return `${condition.operator === "is" ? "Within" : "Outside"} office hours (${condition.timezone}: ${blocks || "none"})`;
    }
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
