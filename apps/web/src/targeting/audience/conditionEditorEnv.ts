import type { Condition } from "@parley/flow/conditions/condition";
import type { FieldDefinition } from "@parley/protocol/fields";
import type { SelectOption } from "../../ui/SelectField";
import type { ConditionNames } from "./describeCondition";
import type { NewConditionDefaults } from "./newCondition";

/** What every row of one editor needs: the site's fields, segments, teams and agents, in options. */
export interface ConditionEditorEnv {
  allowed: readonly Condition["type"][];
  fields: readonly FieldDefinition[];
  attributes: readonly SelectOption[];
  segments: readonly SelectOption[];
  teams: readonly SelectOption[];
  agents: readonly SelectOption[];
  defaults: NewConditionDefaults;
  names: ConditionNames;
}

export const CONDITION_TYPE_LABELS: Record<Condition["type"], string> = {
  attribute: "Field or visit attribute",
  segment: "Member of segment",
  agentAvailability: "Agent availability",
  officeHours: "Office hours",
};
