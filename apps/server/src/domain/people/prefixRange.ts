/**
 * `[from, to)` such that a key starts with `prefix` exactly when from <= key < to (both databases
 * compare these keys bytewise): the prefix with its last character incremented. Never `LIKE '%q%'`,
 * which reads every row.
 */
export function prefixRange(prefix: string): { from: string; to: string } {
  const chars = [...prefix];
  const last = chars.pop()?.codePointAt(0) ?? 0;
  return { from: prefix, to: chars.join("") + String.fromCodePoint(Math.min(last + 1, 0x10ffff)) };
}

/** Lower case the way the keys are (SQL lower(): ASCII letters only on SQLite and under "C"). */
export const asciiLower = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
