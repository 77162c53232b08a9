import type { ConditionOperator } from "./condition";
import type { FieldValue } from "./conditionContext";

type Expected = string | number | readonly string[] | undefined;

function isEmpty(actual: FieldValue): boolean {
  if (actual === null || actual === undefined) return true;
  if (typeof actual === "string") return actual.trim() === "";
  if (Array.isArray(actual)) return actual.length === 0;
  return false;
}

function normalize(value: string | number | boolean): string {
  return String(value).trim().toLowerCase();
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 dates only: engines parse other strings differently, and "5" is not a date. */
export function parseIsoTime(value: unknown): number | null {
  if (typeof value !== "string" || !ISO_DATE.test(value.trim())) return null;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? time : null;
}

/** The single values to test: a list field matches when any of its entries does. */
function scalars(actual: FieldValue): (string | number | boolean)[] {
  if (actual === null || actual === undefined) return [];
  if (Array.isArray(actual)) return [...actual];
  return [actual as string | number | boolean];
}

function equals(actual: string | number | boolean, expected: string | number): boolean {
  const a = toNumber(actual);
  const b = toNumber(expected);
  if (a !== null && b !== null) return a === b;
  return normalize(actual) === normalize(expected);
}

/**
 * One operator on one value. Text comparisons ignore case and surrounding spaces; numbers
 * compare numerically; a missing value never matches, except for `is_not` and `is_empty`.
 */
export function applyOperator(operator: ConditionOperator, actual: FieldValue, expected: Expected): boolean {
  const values = scalars(actual);
  const single = typeof expected === "string" || typeof expected === "number" ? expected : undefined;
  switch (operator) {
    case "is_empty":
      return isEmpty(actual);
    case "is_not_empty":
      return !isEmpty(actual);
    case "is":
      return single !== undefined && values.some((v) => equals(v, single));
    case "is_not":
      return single !== undefined && !values.some((v) => equals(v, single));
    case "contains":
      return single !== undefined && values.some((v) => normalize(v).includes(normalize(single)));
    case "starts_with":
      return single !== undefined && values.some((v) => normalize(v).startsWith(normalize(single)));
    case "in_list": {
      if (!Array.isArray(expected)) return false;
      const list = new Set(expected.map((e) => normalize(e)));
      return values.some((v) => list.has(normalize(v)));
    }
    case "greater_than":
    case "less_than": {
      const b = toNumber(single);
      if (b === null) return false;
      return values.some((v) => {
        const a = toNumber(v);
        return a !== null && (operator === "greater_than" ? a > b : a < b);
      });
    }
    case "before":
    case "after": {
      const b = parseIsoTime(single);
      if (b === null) return false;
      return values.some((v) => {
        const a = parseIsoTime(v);
        return a !== null && (operator === "before" ? a < b : a > b);
      });
    }
  }
}
