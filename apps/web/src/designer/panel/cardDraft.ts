import { Card } from "@parley/flow/card";
import type { z } from "zod";

/** Where a value sits inside a card: `["answers", 0, "label"]`. */
export type FieldPath = readonly (string | number)[];

/** The key a field's error is found under: `answers.0.label`. */
export const pathKey = (path: FieldPath): string => path.join(".");

/** A card being edited: the value shown in the fields, which may not be a valid card yet. */
export type CardDraft = Readonly<Record<string, unknown>> & { id: string; type: Card["type"] };

export type CheckedDraft = { ok: true; card: Card } | { ok: false; errors: Readonly<Record<string, string>> };

/**
 * `draft` with `value` at `path` (objects and arrays copied along the path, never mutated).
 * `undefined` removes an object key, so an optional field left empty is absent, not "".
 */
export function setAtPath(draft: CardDraft, path: FieldPath, value: unknown): CardDraft {
  return setIn(draft, path, value) as CardDraft;
}

/** `target` (any JSON-like value) with `value` at `path`, copied along the path. */
export function setIn(target: unknown, path: FieldPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === "number") {
    const list = Array.isArray(target) ? [...(target as unknown[])] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const record = isRecord(target) ? { ...target } : {};
  const next = setIn(record[head], rest, value);
  if (next === undefined) delete record[head];
  else record[head] = next;
  return record;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at `path`, or undefined. */
export function getAtPath(draft: unknown, path: FieldPath): unknown {
  let current = draft;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === "number") current = current[step];
    else if (isRecord(current) && typeof step === "string") current = current[step];
    else return undefined;
  }
  return current;
}

/** Checks the draft with the card's own schema: the card to dispatch, or a message per field. */
export function checkDraft(draft: CardDraft): CheckedDraft {
  const result = Card.safeParse(draft);
  if (result.success) return { ok: true, card: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = pathKey(issue.path.filter((p): p is string | number => typeof p !== "symbol"));
    errors[key] ??= issueMessage(issue);
  }
  return { ok: false, errors };
}

/** Zod's issue in words a marketer understands. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_big":
      if (issue.origin === "string") return `Keep it to ${String(issue.maximum)} characters or fewer.`;
      if (issue.origin === "array") return `At most ${String(issue.maximum)} allowed.`;
      return `Must be ${String(issue.maximum)} or less.`;
    case "too_small":
      if (issue.origin === "string") return "This cannot be empty.";
      if (issue.origin === "array") return `At least ${String(issue.minimum)} needed.`;
      return `Must be ${String(issue.minimum)} or more.`;
    case "invalid_type":
      return issue.expected === "number" ? "Enter a number." : "This is required.";
    case "invalid_format":
      return `This ${issue.message.replace(/^Invalid string: /, "")}.`.replace(/\.\.$/, ".");
    default:
      return issue.message;
  }
}
