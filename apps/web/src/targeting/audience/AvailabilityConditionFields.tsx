import type { Condition } from "@parley/flow/conditions/condition";
import { SelectField, type SelectOption } from "../../ui/SelectField";
import type { ConditionEditorEnv } from "./conditionEditorEnv";

type AvailabilityCondition = Extract<Condition, { type: "agentAvailability" }>;

interface AvailabilityConditionFieldsProps {
  condition: AvailabilityCondition;
  number: string;
  env: ConditionEditorEnv;
  onChange(condition: AvailabilityCondition): void;
  isOptions: readonly SelectOption[];
}

const SCOPES = [
  { value: "any", label: "Any agent" },
  { value: "team", label: "Someone in a team" },
  { value: "agent", label: "One agent" },
];

/** Whether someone can take a chat now: any agent, a team's, or one agent. */
export function AvailabilityConditionFields({
  condition,
  number,
  env,
  onChange,
  isOptions,
}: AvailabilityConditionFieldsProps) {
  return (
    <>
      <SelectField
        label={`Who, for condition ${number}`}
        hideLabel
        value={condition.scope}
        options={SCOPES}
        onChange={(scope) =>
          onChange({
            type: "agentAvailability",
            operator: condition.operator,
            scope: scope as AvailabilityCondition["scope"],
          })
        }
      />
      {condition.scope === "team" && (
        <SelectField
          label={`Team of condition ${number}`}
          hideLabel
          placeholder={env.teams.length ? "Choose a team" : "No teams yet"}
          value={condition.teamId ?? ""}
          options={env.teams}
          onChange={(teamId) => onChange({ ...condition, teamId })}
          error={condition.teamId ? undefined : "Choose a team"}
        />
      )}
      {condition.scope === "agent" && (
        <SelectField
          label={`Agent of condition ${number}`}
          hideLabel
          placeholder={env.agents.length ? "Choose an agent" : "No agents yet"}
          value={condition.agentId ?? ""}
          options={env.agents}
          onChange={(agentId) => onChange({ ...condition, agentId })}
          error={condition.agentId ? undefined : "Choose an agent"}
        />
      )}
      <SelectField
        label={`Availability of condition ${number}`}
        hideLabel
        value={condition.operator}
        options={isOptions.map((o) => ({
          value: o.value,
          label: o.value === "is" ? "can take a chat now" : "nobody can now",
        }))}
        onChange={(operator) => onChange({ ...condition, operator: operator as "is" | "is_not" })}
      />
    </>
  );
}
