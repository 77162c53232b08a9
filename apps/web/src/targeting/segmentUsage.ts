import { ConditionGroup, isConditionGroup } from "@parley/flow/conditions/condition";

function names(group: ConditionGroup, id: string): boolean {
  return group.conditions.some((item) =>
    isConditionGroup(item) ? names(item, id) : item.type === "segment" && item.segmentId === id,
  );
}

/** The other segments whose conditions name this one (a deleted segment makes them "not a member"). */
export function segmentsUsing(
  id: string,
  segments: readonly { id: string; name: string; conditions: unknown }[],
): string[] {
  return segments.flatMap((s) => {
    if (s.id === id) return [];
    const parsed = ConditionGroup.safeParse(s.conditions);
    return parsed.success && names(parsed.data, id) ? [s.name] : [];
  });
}
