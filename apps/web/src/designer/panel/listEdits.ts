/** Edits of a card's lists (answers, branches, mappings): new lists, never mutated. */

/** The list with item `index` moved by `by` places (clamped to the ends). */
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + by));
  if (index < 0 || index >= list.length || to === index) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** An id like `a3` not used by any of `items` (ids stay stable: edges and translations use them). */
export function uniqueItemId(prefix: string, items: readonly { id: string }[]): string {
  const used = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/**
 * Each split branch's chance in whole percent, as the runner picks (weight over the sum). Rounded
 * so that they add up to 100 (largest remainders get the leftover points); all 0 when no weight counts.
 */
export function splitPercents(weights: readonly number[]): number[] {
  const valid = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const total = valid.reduce((a, b) => a + b, 0);
  if (total === 0) return valid.map(() => 0);
  const exact = valid.map((w) => (w * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

/** A stored value for a button: its label in lower case with underscores ("Book a demo" → "book_a_demo"). */
export function valueFromLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 500);
}
