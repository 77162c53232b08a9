import { type FieldInput, fieldValueOf } from "../fieldInput";
import type { EditableField } from "./editableFields";

/** The PATCH body for the changed inputs: standard columns at the top, custom values under `fields`. */
export function changedBody(
  fields: readonly EditableField[],
  changed: readonly string[],
  valueOf: (name: string) => FieldInput,
): { [column: string]: unknown; fields?: Record<string, string | number | boolean | null> } {
  const body: { [column: string]: unknown; fields?: Record<string, string | number | boolean | null> } = {};
  for (const field of fields) {
    if (!changed.includes(field.name)) continue;
    const value = fieldValueOf(field.type, valueOf(field.name));
    if (field.custom) body.fields = { ...body.fields, [field.key]: value };
    else body[field.key] = value;
  }
  return body;
}
