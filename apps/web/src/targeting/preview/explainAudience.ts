import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { isConditionGroup } from "@parley/flow/conditions/condition";
import type { ConditionContext } from "@parley/flow/conditions/conditionContext";
import { evaluateConditions } from "@parley/flow/conditions/evaluateConditions";
import { lookupPath } from "@parley/flow/lookupPath";
import { type ConditionNames, describeCondition } from "../audience/describeCondition";

/** One line of the explanation: a condition or group, whether it holds, and its members. */
export interface AudienceReason {
  text: string;
  holds: boolean;
  /** What the visitor has for an attribute condition ("not set" when nothing). */
  actual?: string;
  children?: AudienceReason[];
}

/**
 * Why a visitor is or is not in an audience, item by item. Every verdict comes from packages/flow's
 * evaluateConditions (a single condition is evaluated as a one-item group), so the explanation can
 * never disagree with what the server decides.
 */
export function explainAudience(
  group: ConditionGroup,
  context: ConditionContext,
  names: ConditionNames,
): AudienceReason {
  const children = group.conditions.map((item): AudienceReason => {
    if (isConditionGroup(item)) return explainAudience(item, context, names);
    const reason: AudienceReason = {
      text: describeCondition(item, names),
      holds: evaluateConditions({ match: "all", conditions: [item] }, context),
    };
    if (item.type !== "attribute") return reason;
    const value = lookupPath(context, item.attribute);
    const actual =
      value === undefined || value === null || value === ""
        ? "not set"
        : Array.isArray(value)
          ? value.join(", ")
          : String(value);
    return { ...reason, actual };
  });
  const text =
    group.conditions.length === 0
      ? group.match === "all"
        ? "No conditions: everyone"
        : "An empty “any” group: nobody"
      : group.match === "all"
        ? "All of these hold"
        : "Any one of these holds";
  return { text, holds: evaluateConditions(group, context), children };
}
