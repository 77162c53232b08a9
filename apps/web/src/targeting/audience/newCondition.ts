import type { Condition } from "@parley/flow/conditions/condition";

export interface NewConditionDefaults {
  /** The first attribute offered (a person field, else a visitor attribute). */
  attribute: string;
  /** The first segment of the site, if any. */
  segmentId?: string;
  /** The browser's zone, so office hours start where the marketer is. */
  timezone: string;
}

/** A fresh condition of a kind, filled in so it reads sensibly before it is edited. */
export function newCondition(type: Condition["type"], defaults: NewConditionDefaults): Condition {
  switch (type) {
    case "attribute":
      return { type, attribute: defaults.attribute, operator: "is", value: "" };
    case "segment":
      return { type, segmentId: defaults.segmentId ?? "", operator: "is" };
    case "agentAvailability":
      return { type, scope: "any", operator: "is" };
    case "officeHours":
      return {
        type,
        timezone: defaults.timezone,
        operator: "is",
        blocks: (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => ({
          day,
          from: "09:00",
          to: "17:00",
        })),
      };
  }
}
