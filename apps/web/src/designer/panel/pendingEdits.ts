import type { Card } from "@parley/flow/card";
import {
  type CardDraft,
  checkDraft,
  type FieldPath,
  getAtPath,
  pathKey,
  setAtPath,
  setIn,
} from "./cardDraft";

/** A value typed into a field that does not make a valid card: kept with its errors, not dispatched. */
export interface PendingEdit {
  path: FieldPath;
  value: unknown;
  errors: Readonly<Record<string, string>>;
}
export type PendingEdits = readonly PendingEdit[];

const isPrefix = (prefix: FieldPath, path: FieldPath) =>
  prefix.length <= path.length && prefix.every((step, i) => step === path[i]);

/** What the field at `path` shows: the card's value with any pending edit at, above or below it. */
export function valueAt(card: Card, pending: PendingEdits, path: FieldPath): unknown {
  const above = pending.find((p) => isPrefix(p.path, path));
  if (above) return getAtPath(above.value, path.slice(above.path.length));
  let value = getAtPath(card, path);
  for (const below of pending.filter((p) => isPrefix(path, p.path))) {
    value = setIn(value, below.path.slice(path.length), below.value);
  }
  return value;
}

/** The message for the field at `path`: its own error, else the first error of an edit made right there. */
export function errorAt(pending: PendingEdits, path: FieldPath): string | undefined {
  const key = pathKey(path);
  for (const edit of pending) if (edit.errors[key]) return edit.errors[key];
  const own = pending.find((p) => pathKey(p.path) === key);
  return own ? Object.values(own.errors)[0] : undefined;
}

export interface EditResult {
  /** The card to dispatch, or null when the edit leaves it invalid (the last valid card stays). */
  card: Card | null;
  pending: PendingEdits;
}

/**
 * One field set to `value`. It is checked against the last valid card with only the pending edits
 * it touches (the same field, a list it is in, fields inside it), so an invalid value elsewhere
 * never blocks it. Valid: the card to dispatch; invalid: kept as a pending edit with its errors.
 */
export function applyEdit(card: Card, pending: PendingEdits, path: FieldPath, value: unknown): EditResult {
  const related = pending.filter((p) => isPrefix(p.path, path) || isPrefix(path, p.path));
  const others = pending.filter((p) => !related.includes(p));
  const ancestors = related
    .filter((p) => isPrefix(p.path, path))
    .sort((a, b) => a.path.length - b.path.length);
  let draft = card as unknown as CardDraft;
  for (const ancestor of ancestors) draft = setAtPath(draft, ancestor.path, ancestor.value);
  draft = setAtPath(draft, path, value);
  const checked = checkDraft(draft);
  if (checked.ok) return { card: checked.card, pending: others };
  const at = ancestors[0]?.path ?? path;
  return {
    card: null,
    pending: [...others, { path: at, value: getAtPath(draft, at), errors: checked.errors }],
  };
}
