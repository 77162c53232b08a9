import { CONDITION_OPERATORS, type ConditionOperator } from "@parley/flow/conditions/condition";
import { conditionProblems } from "@parley/flow/conditions/conditionProblems";
import { OPERATOR_LABELS } from "../../settings/liveChat/ruleConditions";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { attributeKind } from "./audienceAttributes";
import type { ConditionEditorEnv } from "./conditionEditorEnv";
import { type AttributeCondition, VALUELESS_OPERATORS, withOperator } from "./conditionGroupEdits";
import { ListValueField } from "./ListValueField";

interface AttributeConditionFieldsProps {
  condition: AttributeCondition;
  number: string;
  env: ConditionEditorEnv;
  onChange(condition: AttributeCondition): void;
}

const OPERATOR_OPTIONS = CONDITION_OPERATORS.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }));

/** Attribute, operator and a value input that fits the operator and the field's type. */
export function AttributeConditionFields({
  condition,
  number,
  env,
  onChange,
}: AttributeConditionFieldsProps) {
  const { operator, value } = condition;
  const kind = attributeKind(condition.attribute, env.fields);
  const field = env.fields.find((f) => `${f.entity}.${f.key}` === condition.attribute);
  const text = Array.isArray(value) ? "" : value === undefined ? "" : String(value);
  // Only a value that was typed and cannot be read is flagged here; a missing one is named on save.
  const typedProblem =
    text.trim() !== "" ? conditionProblems({ match: "all", conditions: [condition] })[0] : undefined;
  const valueLabel = `Value of condition ${number}`;
  const setValue = (next: string | string[]) => onChange({ ...condition, value: next });

  let valueInput = null;
  if (VALUELESS_OPERATORS.includes(operator)) valueInput = null;
  else if (operator === "in_list")
    valueInput = (
      <ListValueField label={valueLabel} value={Array.isArray(value) ? value : []} onChange={setValue} />
    );
  else if (operator === "before" || operator === "after")
    valueInput = (
      <TextField
        label={valueLabel}
        hideLabel
        placeholder="Value"
        type="date"
        value={text}
        onChange={setValue}
        error={typedProblem && "Enter a date"}
      />
    );
  else if (field?.type === "picklist" && (operator === "is" || operator === "is_not"))
    valueInput = (
      <SelectField
        label={valueLabel}
        hideLabel
        placeholder="Choose a value"
        value={text}
        options={field.options.map((o) => ({ value: o, label: o }))}
        onChange={setValue}
      />
    );
  else
    valueInput = (
      <TextField
        label={valueLabel}
        hideLabel
        placeholder="Value"
        value={text}
        onChange={setValue}
        inputMode={
          operator === "greater_than" || operator === "less_than" || kind === "number" ? "decimal" : undefined
        }
        hint={condition.attribute === "visitor.device" ? "desktop, mobile or tablet" : undefined}
        error={
          typedProblem && (operator === "greater_than" || operator === "less_than")
            ? "Enter a number"
            : undefined
        }
      />
    );

  return (
    <>
      <SelectField
        label={`Attribute of condition ${number}`}
        hideLabel
        value={condition.attribute}
        options={env.attributes}
        onChange={(attribute) => onChange({ ...condition, attribute })}
      />
      <SelectField
        label={`Operator of condition ${number}`}
        hideLabel
        value={operator}
        options={OPERATOR_OPTIONS}
        onChange={(next) => onChange(withOperator(condition, next as ConditionOperator))}
      />
      {valueInput ?? <span className="condition-no-value" />}
    </>
  );
}
