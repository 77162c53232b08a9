import type { Problem } from "@parley/flow/validation/problem";

/** Groups messages by card, keeping last time's array for a card whose messages did not change. */
export function problemsByCard(
  list: readonly Problem[],
  before: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, readonly string[]> {
  const grouped = new Map<string, string[]>();
  for (const problem of list) {
    if (!problem.cardId) continue;
    grouped.set(problem.cardId, [...(grouped.get(problem.cardId) ?? []), problem.message]);
  }
  const result = new Map<string, readonly string[]>();
  for (const [id, messages] of grouped) {
    const old = before.get(id);
    const same = old && old.length === messages.length && old.every((m, i) => m === messages[i]);
    result.set(id, same ? old : messages);
  }
  return result;
}
