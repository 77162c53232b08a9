import type { ConditionOperator } from "@parley/flow/conditions/condition";
import type { FieldDefinition } from "@parley/protocol/fields";

/** A condition row as the editor holds it: the value as typed. */
export interface ConditionDraft {
  key: string;
  attribute: string;
  operator: ConditionOperator;
  value: string;
}

/** The stored shape (packages/flow AttributeCondition). */
interface AttributeCondition {
  type: "attribute";
  attribute: string;
  operator: ConditionOperator;
  value?: string | number | string[];
}

export const OPERATOR_LABELS: Record<ConditionOperator, string> = {
  is: "is",
  is_not: "is not",
  contains: "contains",
  starts_with: "starts with",
  is_empty: "is empty",
  is_not_empty: "is not empty",
  greater_than: "is greater than",
  less_than: "is less than",
  in_list: "is one of",
  before: "is before",
  after: "is after",
};

/** Operators that compare with nothing: the value field is hidden. */
export const VALUELESS: readonly ConditionOperator[] = ["is_empty", "is_not_empty"];

/** The attributes a rule may test: every person and company field of the site. */
export function attributeOptions(fields: readonly FieldDefinition[]) {
  return fields.map((f) => ({
    value: `${f.entity}.${f.key}`,
    label: `${f.entity === "person" ? "Person" : "Company"}: ${f.label}`,
  }));
}

/**
 * The conditions to save. `in_list` takes a comma-separated list; a number field's comparisons take a
 * number (when what is typed is one, else the server's check speaks); the others the text as typed.
 */
export function conditionsOf(drafts: readonly ConditionDraft[], fields: readonly FieldDefinition[]) {
  const types = new Map(fields.map((f) => [`${f.entity}.${f.key}`, f.type]));
  return drafts.map((draft): AttributeCondition => {
    const base = { type: "attribute" as const, attribute: draft.attribute, operator: draft.operator };
    if (VALUELESS.includes(draft.operator)) return base;
    const text = draft.value.trim();
    if (draft.operator === "in_list") {
      return {
        ...base,
        value: text
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      };
    }
    const numeric = types.get(draft.attribute) === "number" && text !== "" && Number.isFinite(Number(text));
    return { ...base, value: numeric ? Number(text) : text };
  });
}

/** The editor's rows for stored conditions (others than attribute conditions are kept out of reach). */
export function draftsOf(conditions: readonly unknown[], newKey: () => string): ConditionDraft[] {
  return conditions.flatMap((c) => {
    const condition = c as Partial<AttributeCondition>;
    if (condition.type !== "attribute" || typeof condition.attribute !== "string" || !condition.operator)
      return [];
    const value = condition.value;
    return [
      {
        key: newKey(),
        attribute: condition.attribute,
        operator: condition.operator,
        value: Array.isArray(value) ? value.join(", ") : value === undefined ? "" : String(value),
      },
    ];
  });
}
