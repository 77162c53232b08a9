import type { FieldDefinition } from "@parley/protocol/fields";
import { type FieldInput, type FieldValue, fieldInputOf } from "../fieldInput";

export type FieldType = FieldDefinition["type"];

/** One input of a person or company form: a standard column or a custom field (under `fields`). */
export interface EditableField {
  /** Draft key and error key: "email", or "fields.<key>" for a custom field. */
  name: string;
  key: string;
  label: string;
  type: FieldType;
  options: readonly string[];
  custom: boolean;
}

/**
 * The inputs for an entity: its standard columns (labelled as the site's definitions name them) then
 * every custom field. `company` is shown by its own picker, so it is not listed here.
 */
export function editableFields(
  definitions: readonly FieldDefinition[],
  entity: FieldDefinition["entity"],
  standard: readonly { key: string; label: string }[],
): EditableField[] {
  const own = definitions.filter((d) => d.entity === entity);
  const columns = standard.map(({ key, label }) => ({
    name: key,
    key,
    label: own.find((d) => d.builtIn && d.key === key)?.label ?? label,
    type: "text" as const,
    options: [],
    custom: false,
  }));
  const taken = new Set(standard.map((s) => s.key));
  const custom = own
    .filter((d) => !d.builtIn && !taken.has(d.key))
    .map((d) => ({
      name: `fields.${d.key}`,
      key: d.key,
      label: d.label,
      type: d.type,
      options: d.options,
      custom: true,
    }));
  return [...columns, ...custom];
}

/** The inputs' starting content from an entity's stored columns and custom values. */
export function storedInputs(
  fields: readonly EditableField[],
  entity: { fields: Record<string, FieldValue> } & Record<string, unknown>,
): Record<string, FieldInput> {
  const inputs: Record<string, FieldInput> = {};
  for (const field of fields) {
    const value = field.custom ? entity.fields[field.key] : entity[field.key];
    inputs[field.name] = fieldInputOf(field.type, (value ?? null) as FieldValue);
  }
  return inputs;
}
