import { CONDITION_OPERATORS } from "@parley/flow/conditions/condition";
import type { FieldDefinition } from "@parley/protocol/fields";
import { type FieldErrors, errorFor } from "../../forms/fieldErrorsOf";
import { Button } from "../../ui/Button";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { attributeOptions, type ConditionDraft, OPERATOR_LABELS, VALUELESS } from "./ruleConditions";

interface ConditionsEditorProps {
  fields: readonly FieldDefinition[];
  rows: readonly ConditionDraft[];
  onChange(rows: ConditionDraft[]): void;
  /** The server's messages; a row's are under conditions.<index>. */
  errors: FieldErrors;
  /** Index of the first row in the saved list (other kinds of condition come before). */
  offset: number;
  newKey(): string;
}

const OPERATOR_OPTIONS = CONDITION_OPERATORS.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }));

/** The rule's conditions, all of which must hold: attribute, operator, value; rows added and removed. */
export function ConditionsEditor({ fields, rows, onChange, errors, offset, newKey }: ConditionsEditorProps) {
  const attributes = attributeOptions(fields);
  const update = (key: string, patch: Partial<ConditionDraft>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  return (
    <fieldset className="members-picker stack">
      <legend>Conditions</legend>
      <p className="field-hint">
        All must hold for the rule to apply. Without conditions the rule applies to every chat.
      </p>
      {rows.length > 0 && (
        <ol className="condition-list">
          {rows.map((row, index) => {
            const n = index + 1;
            const at = (part: string) => errors[`conditions.${offset + index}.${part}`];
            const rowError = errorFor(errors, `conditions.${offset + index}`);
            return (
              <li key={row.key} className="condition-row" aria-label={`Condition ${n}`}>
                <SelectField
                  label={`Attribute of condition ${n}`}
                  placeholder="Choose a field"
                  value={row.attribute}
                  options={attributes}
                  onChange={(attribute) => update(row.key, { attribute })}
                  error={at("attribute")}
                />
                <SelectField
                  label={`Operator of condition ${n}`}
                  value={row.operator}
                  options={OPERATOR_OPTIONS}
                  onChange={(operator) =>
                    update(row.key, { operator: operator as ConditionDraft["operator"] })
                  }
                  error={at("operator")}
                />
                {VALUELESS.includes(row.operator) ? (
                  <span />
                ) : (
                  <TextField
                    label={`Value of condition ${n}`}
                    value={row.value}
                    onChange={(value) => update(row.key, { value })}
                    hint={row.operator === "in_list" ? "Separate values with commas" : undefined}
                    error={at("value") ?? (at("attribute") || at("operator") ? undefined : rowError)}
                  />
                )}
                <Button
                  aria-label={`Remove condition ${n}`}
                  onPress={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <Button
          onPress={() =>
            onChange([
              ...rows,
              { key: newKey(), attribute: attributes[0]?.value ?? "", operator: "is", value: "" },
            ])
          }
          disabled={attributes.length === 0}
        >
          Add condition
        </Button>
      </div>
    </fieldset>
  );
}
