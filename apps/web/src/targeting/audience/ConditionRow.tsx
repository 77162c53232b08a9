import type { Condition } from "@parley/flow/conditions/condition";
import { Button } from "../../ui/Button";
import { SelectField } from "../../ui/SelectField";
import { AttributeConditionFields } from "./AttributeConditionFields";
import { AvailabilityConditionFields } from "./AvailabilityConditionFields";
import { CONDITION_TYPE_LABELS, type ConditionEditorEnv } from "./conditionEditorEnv";
import { newCondition } from "./newCondition";
import { OfficeHoursConditionFields } from "./OfficeHoursConditionFields";

interface ConditionRowProps {
  condition: Condition;
  /** "2" or "1.3" (in a nested group), naming its controls for screen readers. */
  number: string;
  env: ConditionEditorEnv;
  onChange(condition: Condition): void;
  onRemove(): void;
}

const IS_OPTIONS = [
  { value: "is", label: "is" },
  { value: "is_not", label: "is not" },
];

/** One condition: its kind (when more than one is allowed), its own fields, and Remove. */
export function ConditionRow({ condition, number, env, onChange, onRemove }: ConditionRowProps) {
  // A kind already stored stays shown even where it is no longer offered, so nothing changes by itself.
  const kinds = env.allowed.includes(condition.type) ? env.allowed : [...env.allowed, condition.type];
  return (
    <div className="condition-row-v2" role="group" aria-label={`Condition ${number}`}>
      {kinds.length > 1 && (
        <SelectField
          label={`Kind of condition ${number}`}
          hideLabel
          value={condition.type}
          options={kinds.map((k) => ({ value: k, label: CONDITION_TYPE_LABELS[k] }))}
          onChange={(type) =>
            type !== condition.type && onChange(newCondition(type as Condition["type"], env.defaults))
          }
        />
      )}
      {condition.type === "attribute" && (
        <AttributeConditionFields condition={condition} number={number} env={env} onChange={onChange} />
      )}
      {condition.type === "segment" && (
        <>
          <SelectField
            label={`Membership of condition ${number}`}
            hideLabel
            value={condition.operator}
            options={[
              { value: "is", label: "is a member of" },
              { value: "is_not", label: "is not a member of" },
            ]}
            onChange={(operator) => onChange({ ...condition, operator: operator as "is" | "is_not" })}
          />
          <SelectField
            label={`Segment of condition ${number}`}
            hideLabel
            placeholder={env.segments.length ? "Choose a segment" : "No segments yet"}
            value={condition.segmentId}
            options={env.segments}
            onChange={(segmentId) => onChange({ ...condition, segmentId })}
            error={condition.segmentId ? undefined : "Choose a segment"}
          />
        </>
      )}
      {condition.type === "agentAvailability" && (
        <AvailabilityConditionFields
          condition={condition}
          number={number}
          env={env}
          onChange={onChange}
          isOptions={IS_OPTIONS}
        />
      )}
      {condition.type === "officeHours" && (
        <OfficeHoursConditionFields
          condition={condition}
          number={number}
          onChange={onChange}
          isOptions={IS_OPTIONS}
        />
      )}
      <Button className="condition-remove" aria-label={`Remove condition ${number}`} onPress={onRemove}>
        Remove
      </Button>
    </div>
  );
}
