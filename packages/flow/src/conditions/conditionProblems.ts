import { parseIsoTime } from "./applyOperator";
import type { Condition, ConditionGroup } from "./condition";
import { isConditionGroup } from "./condition";
import { isValidTimezone } from "./officeHours";

/** Deeper nesting than this is refused: nobody can read it, and evaluation must stay cheap. */
export const MAX_CONDITION_DEPTH = 6;

const NO_VALUE = new Set(["is_empty", "is_not_empty"]);

function attributeProblem(condition: Extract<Condition, { type: "attribute" }>): string | null {
  const { attribute, operator, value } = condition;
  const label = `"${attribute} ${operator.replaceAll("_", " ")}"`;
  if (NO_VALUE.has(operator)) return null;
  if (operator === "in_list") {
    return Array.isArray(value) && value.length > 0 ? null : `${label} needs a list of values`;
  }
  if (value === undefined || Array.isArray(value) || (typeof value === "string" && value.trim() === "")) {
    return `${label} needs a value`;
  }
  if (
    (operator === "greater_than" || operator === "less_than") &&
    !/^\s*-?\d+(\.\d+)?\s*$/.test(String(value))
  ) {
    return `${label} needs a number`;
  }
  if ((operator === "before" || operator === "after") && parseIsoTime(value) === null) {
    return `${label} needs a date such as 2025-01-31`;
  }
  return null;
}

function conditionProblem(condition: Condition): string | null {
  switch (condition.type) {
    case "attribute":
      return attributeProblem(condition);
    case "segment":
      return condition.segmentId.trim() === "" ? "a segment condition has no segment chosen" : null;
    case "agentAvailability":
      if (condition.scope === "team" && !condition.teamId)
        return "an availability condition has no team chosen";
      if (condition.scope === "agent" && !condition.agentId)
        return "an availability condition has no agent chosen";
      return null;
    case "officeHours":
      if (!isValidTimezone(condition.timezone))
        return `office hours use an unknown time zone "${condition.timezone}"`;
      if (condition.blocks.length === 0) return "office hours have no opening times";
      if (condition.blocks.some((b) => b.from >= b.to))
        return "office hours have a block that ends before it starts";
      return null;
  }
}

/**
 * What is wrong with a condition group, as short phrases ("…needs a value"). Empty when it
 * can be evaluated meaningfully. Used by the stream validator and for audience targeting.
 */
export function conditionProblems(group: ConditionGroup, depth = 1): string[] {
  if (depth > MAX_CONDITION_DEPTH)
    return [`conditions are nested more than ${MAX_CONDITION_DEPTH} levels deep`];
  if (group.conditions.length === 0) return ["a condition group is empty"];
  const problems: string[] = [];
  for (const item of group.conditions) {
    if (isConditionGroup(item)) problems.push(...conditionProblems(item, depth + 1));
    else {
      const problem = conditionProblem(item);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
