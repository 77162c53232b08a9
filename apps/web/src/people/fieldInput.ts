import type { FieldDefinition } from "@parley/protocol/fields";

/** A stored field value (packages/protocol/src/fields.ts FieldValues). */
export type FieldValue = string | number | boolean | null;
/** What a field's input holds while editing: text for every type but boolean. */
export type FieldInput = string | boolean;

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The input's starting content for a stored value. */
export function fieldInputOf(type: FieldDefinition["type"], value: FieldValue | undefined): FieldInput {
  if (type === "boolean") return value === true;
  if (value === null || value === undefined) return "";
  return String(value);
}

/**
 * The value to send for what was typed: blank clears the field, numbers are sent as numbers.
 * Text that is not a number is sent as typed, so the server (which checks every value by its
 * field's type) refuses it with a message the form shows under the field.
 */
export function fieldValueOf(type: FieldDefinition["type"], input: FieldInput): FieldValue {
  if (typeof input === "boolean") return type === "boolean" ? input : String(input);
  if (type === "boolean") return input === "true";
  const text = input.trim();
  if (text === "") return null;
  if (type === "number" && NUMBER.test(text)) return Number(text);
  return text;
}

/** True when the two inputs would send the same value. */
export function sameFieldInput(type: FieldDefinition["type"], a: FieldInput, b: FieldInput): boolean {
  return fieldValueOf(type, a) === fieldValueOf(type, b);
}
