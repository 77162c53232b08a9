import type { Condition, ConditionGroup } from "@parley/flow/conditions/condition";

/** The kinds of condition an editor may offer (packages/flow Condition["type"]). */
export type ConditionType = Condition["type"];

/** What a dialogue's audience and a segment offer: fields, visitor attributes, segments. */
export const AUDIENCE_CONDITION_TYPES: readonly ConditionType[] = ["attribute", "segment"];
/** Everything, for the Branch card: availability and office hours too. */
export const ALL_CONDITION_TYPES: readonly ConditionType[] = [
  "attribute",
  "segment",
  "agentAvailability",
  "officeHours",
];

export interface ConditionGroupEditorProps {
  value: ConditionGroup;
  onChange(value: ConditionGroup): void;
  /** Whose fields (person.*, company.*), segments, teams and agents to offer. */
  siteId: string;
  /** Which kinds of condition may be added (default AUDIENCE_CONDITION_TYPES). */
  allowed?: readonly ConditionType[];
  /** The group's name for screen readers and the legend ("Audience", "Branch conditions"). */
  label?: string;
  /** Problems to show above the group (e.g. the server's `problems`), in words. */
  problems?: readonly string[];
  /** A segment being edited is not offered as "member of segment" to itself. */
  excludeSegmentId?: string;
}

/** A controlled editor of a nested all/any condition group (being built). */
export function ConditionGroupEditor({ value, label = "Conditions" }: ConditionGroupEditorProps) {
  return (
    <fieldset>
      <legend>{label}</legend>
      <p>{value.conditions.length} condition(s)</p>
    </fieldset>
  );
}
