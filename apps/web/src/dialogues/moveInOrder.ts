/**
 * The order with `id` moved by `by` places (negative: up, towards the highest priority), clamped to
 * the ends; the same array when nothing moves (so a no-op saves nothing).
 */
export function moveBy<T extends string>(order: readonly T[], id: T, by: number): readonly T[] {
  const from = order.indexOf(id);
  if (from < 0) return order;
  const to = Math.min(order.length - 1, Math.max(0, from + by));
  return to === from ? order : moveTo(order, [id], order[to] as T, by < 0 ? "before" : "after");
}

/**
 * The order with `moved` (in their current relative order) placed before or after `target`, as a
 * drop on a list does. The same array when the target is one of the moved or the order is unchanged.
 */
export function moveTo<T extends string>(
  order: readonly T[],
  moved: readonly T[],
  target: T,
  position: "before" | "after",
): readonly T[] {
  if (moved.includes(target) || !order.includes(target)) return order;
  const movedSet = new Set(moved);
  const kept = order.filter((id) => !movedSet.has(id));
  const inOrder = order.filter((id) => movedSet.has(id));
  const at = kept.indexOf(target) + (position === "after" ? 1 : 0);
  const next = [...kept.slice(0, at), ...inOrder, ...kept.slice(at)];
  return next.every((id, i) => id === order[i]) ? order : next;
}
