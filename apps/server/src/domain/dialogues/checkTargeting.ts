import type { Targeting } from "@parley/protocol/dialogues";
import { readConditionGroup } from "./readConditionGroup";

/** The audience must be a well-formed condition group. */
export function checkTargeting(targeting: Targeting): Targeting {
  if (targeting.audience === null) return targeting;
  return { ...targeting, audience: readConditionGroup(targeting.audience, "audience") };
}
