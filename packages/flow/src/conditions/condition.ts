import { z } from "zod";

export const CONDITION_OPERATORS = [
  "is",
  "is_not",
  "contains",
  "starts_with",
  "is_empty",
  "is_not_empty",
  "greater_than",
  "less_than",
  "in_list",
  "before",
  "after",
] as const;
export const ConditionOperator = z.enum(CONDITION_OPERATORS);
export type ConditionOperator = z.infer<typeof ConditionOperator>;

/** Inferred visitor attributes a condition (or a token) may read. */
export const VISITOR_ATTRIBUTES = [
  "page.url",
  "referrer",
  "device",
  "language",
  "timezone",
  "country",
] as const;

const ATTRIBUTE =
  /^((person|company)\.[A-Za-z][A-Za-z0-9_]{0,62}|visitor\.(page\.url|referrer|device|language|timezone|country|utm\.[A-Za-z0-9_]{1,40}))$/;

/** `person.<field>`, `company.<field>` or an inferred `visitor.*` attribute (`visitor.utm.source` …). */
export const ConditionAttribute = z
  .string()
  .regex(ATTRIBUTE, "must be person.<field>, company.<field> or a visitor attribute");

const ConditionValue = z.union([z.string().max(2000), z.number(), z.array(z.string().max(500)).max(500)]);

/** Compares a field or inferred attribute with a value. */
export const AttributeCondition = z.strictObject({
  type: z.literal("attribute"),
  attribute: ConditionAttribute,
  operator: ConditionOperator,
  value: ConditionValue.optional(),
});

/** `is`: the visitor is a member of the saved audience; `is_not`: is not. */
export const SegmentCondition = z.strictObject({
  type: z.literal("segment"),
  segmentId: z.string().max(64),
  operator: z.enum(["is", "is_not"]),
});

/** `is`: someone can take a chat now (any agent / someone in the team / that agent); `is_not`: nobody. */
export const AgentAvailabilityCondition = z.strictObject({
  type: z.literal("agentAvailability"),
  scope: z.enum(["any", "team", "agent"]),
  teamId: z.string().max(64).optional(),
  agentId: z.string().max(64).optional(),
  operator: z.enum(["is", "is_not"]),
});

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be HH:MM");
export const OfficeHoursBlock = z.strictObject({ day: z.enum(WEEKDAYS), from: ClockTime, to: ClockTime });
export type OfficeHoursBlock = z.infer<typeof OfficeHoursBlock>;

/** `is`: now is inside one of the weekly blocks in that time zone; `is_not`: outside all of them. */
export const OfficeHoursCondition = z.strictObject({
  type: z.literal("officeHours"),
  timezone: z.string().max(64),
  blocks: z.array(OfficeHoursBlock).max(100),
  operator: z.enum(["is", "is_not"]),
});

export const Condition = z.discriminatedUnion("type", [
  AttributeCondition,
  SegmentCondition,
  AgentAvailabilityCondition,
  OfficeHoursCondition,
]);
export type Condition = z.infer<typeof Condition>;

/** A nested group: `all` of its members must hold, or `any` one of them. */
export const ConditionGroup = z.strictObject({
  match: z.enum(["all", "any"]),
  get conditions(): z.ZodArray<z.ZodUnion<readonly [typeof Condition, typeof ConditionGroup]>> {
    return z.array(z.union([Condition, ConditionGroup])).max(100);
  },
});
export type ConditionGroup = z.infer<typeof ConditionGroup>;

export function isConditionGroup(item: Condition | ConditionGroup): item is ConditionGroup {
  return "match" in item;
}
