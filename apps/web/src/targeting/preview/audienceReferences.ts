import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { ConditionGroup as ConditionGroupSchema, isConditionGroup } from "@parley/flow/conditions/condition";

/**
 * What an audience reads, following the segments it names (once each, so a segment that names
 * itself cannot loop): the attributes, to ask the sample visitor only for those, and the segments.
 */
export function audienceReferences(
  audience: ConditionGroup | null,
  segments: readonly { id: string; conditions: unknown }[],
): { attributes: Set<string>; segmentIds: string[] } {
  const attributes = new Set<string>();
  const segmentIds: string[] = [];
  const walk = (group: ConditionGroup) => {
    for (const item of group.conditions) {
      if (isConditionGroup(item)) walk(item);
      else if (item.type === "attribute") attributes.add(item.attribute);
      else if (item.type === "segment" && !segmentIds.includes(item.segmentId)) {
        segmentIds.push(item.segmentId);
        const parsed = ConditionGroupSchema.safeParse(
          segments.find((s) => s.id === item.segmentId)?.conditions,
        );
        if (parsed.success) walk(parsed.data);
      }
    }
  };
  if (audience) walk(audience);
  return { attributes, segmentIds };
}
