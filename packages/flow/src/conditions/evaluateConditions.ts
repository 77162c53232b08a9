import { lookupPath } from "../lookupPath";
import { applyOperator } from "./applyOperator";
import type { Condition, ConditionGroup } from "./condition";
import { isConditionGroup } from "./condition";
import type { ConditionContext, FieldValue } from "./conditionContext";
import { isWithinOfficeHours } from "./officeHours";

/** Deeper groups than this are refused (false) rather than risking the stack. */
const MAX_DEPTH = 32;

function readAttribute(attribute: string, context: ConditionContext): FieldValue {
  const value = lookupPath(context, attribute);
  if (value === null || value === undefined) return value;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  return undefined;
}

function evaluateCondition(
  condition: Condition,
  context: ConditionContext,
  seen: ReadonlySet<string>,
): boolean {
  switch (condition.type) {
    case "attribute":
      return applyOperator(condition.operator, readAttribute(condition.attribute, context), condition.value);
    case "segment": {
      const audience = context.segments?.[condition.segmentId];
      // A segment that refers back to itself is not a member of itself; neither is an unknown one.
      const member =
        audience !== undefined &&
        Object.hasOwn(context.segments ?? {}, condition.segmentId) &&
        !seen.has(condition.segmentId) &&
        evaluateGroup(audience, context, new Set([...seen, condition.segmentId]), 0);
      return condition.operator === "is" ? member : !member;
    }
    case "agentAvailability": {
      const availability = context.availability ?? { agentIds: [], teamIds: [] };
      const available =
        condition.scope === "any"
          ? availability.agentIds.length > 0
          : condition.scope === "team"
            ? condition.teamId !== undefined && availability.teamIds.includes(condition.teamId)
            : condition.agentId !== undefined && availability.agentIds.includes(condition.agentId);
      return condition.operator === "is" ? available : !available;
    }
    case "officeHours": {
      const open =
        context.now !== undefined && isWithinOfficeHours(condition.timezone, condition.blocks, context.now);
      return condition.operator === "is" ? open : !open;
    }
  }
}

function evaluateGroup(
  group: ConditionGroup,
  context: ConditionContext,
  seen: ReadonlySet<string>,
  depth: number,
): boolean {
  if (depth > MAX_DEPTH) return false;
  const test = (item: Condition | ConditionGroup) =>
    isConditionGroup(item)
      ? evaluateGroup(item, context, seen, depth + 1)
      : evaluateCondition(item, context, seen);
  return group.match === "all" ? group.conditions.every(test) : group.conditions.some(test);
}

/**
 * Evaluates a nested all/any group against what is known about the visitor. Pure: the
 * caller supplies fields, inferred attributes, segment definitions, agent availability
 * and the current time. An empty `all` group holds (everyone); an empty `any` group does not.
 */
export function evaluateConditions(group: ConditionGroup, context: ConditionContext): boolean {
  return evaluateGroup(group, context, new Set(), 0);
}
