/** What moving a rule needs: only the rules whose priority changes, with their new one. */
export interface PriorityChange {
  id: string;
  priority: number;
}

interface Ranked {
  id: string;
  priority: number;
}

/**
 * Moves a rule one place up (-1, tried earlier) or down (+1) in a list sorted by priority (lower
 * first). Two distinct priorities simply swap; when the neighbours share one (their order is then
 * only the creation order), the list is numbered afresh in steps of 10 so the new order holds.
 */
export function moveRule(rules: readonly Ranked[], id: string, direction: -1 | 1): PriorityChange[] {
  const from = rules.findIndex((r) => r.id === id);
  const to = from + direction;
  const moving = rules[from];
  const neighbour = rules[to];
  if (!moving || !neighbour) return [];
  if (moving.priority !== neighbour.priority) {
    return [
      { id: moving.id, priority: neighbour.priority },
      { id: neighbour.id, priority: moving.priority },
    ];
  }
  const order = [...rules];
  order[from] = neighbour;
  order[to] = moving;
  return order
    .map((rule, index) => ({ id: rule.id, priority: (index + 1) * 10, old: rule.priority }))
    .filter((rule) => rule.priority !== rule.old)
    .map(({ id: ruleId, priority }) => ({ id: ruleId, priority }));
}

/** The priority for a new rule: after every existing one. */
export function nextPriority(rules: readonly Ranked[]): number {
  return Math.min(10_000, rules.reduce((max, r) => Math.max(max, r.priority), 0) + 10);
}
