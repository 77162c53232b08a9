import type { ConditionGroup } from "@parley/flow/conditions/condition";
import type { ConditionContext, FieldValue } from "@parley/flow/conditions/conditionContext";

/** How the sample visitor stands towards one saved segment. */
export type SegmentMembership = "by_conditions" | "member" | "not_member";

/** The visitor the marketer describes in "Who would see this", as typed. */
export interface SampleVisitor {
  url: string;
  /** Field key → value as typed; an empty value means the field is not set. */
  person: Readonly<Record<string, string>>;
  company: Readonly<Record<string, string>>;
  referrer: string;
  device: string;
  language: string;
  timezone: string;
  country: string;
  /** utm key (source, medium …) → value; the page URL's own utm_* parameters fill the gaps. */
  utm: Readonly<Record<string, string>>;
  /** Segment id → membership; a segment not listed is decided by its conditions. */
  segments: Readonly<Record<string, SegmentMembership>>;
}

export const BLANK_SAMPLE: SampleVisitor = {
  url: "",
  person: {},
  company: {},
  referrer: "",
  device: "desktop",
  language: "",
  timezone: "",
  country: "",
  utm: {},
  segments: {},
};

// An empty "all" group holds for everyone, an empty "any" group for nobody: a forced membership.
const ALWAYS: ConditionGroup = { match: "all", conditions: [] };
const NEVER: ConditionGroup = { match: "any", conditions: [] };

function present(values: Readonly<Record<string, string>>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ""));
}

function utmOf(url: string, typed: Readonly<Record<string, string>>): Record<string, string> {
  const utm: Record<string, string> = {};
  if (URL.canParse(url)) {
    for (const [key, value] of new URL(url).searchParams) {
      if (key.startsWith("utm_") && value) utm[key.slice(4)] = value;
    }
  }
  for (const [key, value] of Object.entries(typed)) if (value.trim()) utm[key] = value.trim();
  return utm;
}

/**
 * The context packages/flow's evaluateConditions reads, built as the server builds it for a real
 * visit: typed fields, the visit's attributes (UTM from the URL as the widget reports it), saved
 * segments by their conditions unless the marketer forced a membership, and an explicit "now".
 */
export function contextOfSample(
  sample: SampleVisitor,
  segments: readonly { id: string; conditions: unknown }[],
  now: string,
): ConditionContext {
  const audiences: Record<string, ConditionGroup> = {};
  for (const segment of segments) {
    const membership = sample.segments[segment.id] ?? "by_conditions";
    audiences[segment.id] =
      membership === "member"
        ? ALWAYS
        : membership === "not_member"
          ? NEVER
          : (segment.conditions as ConditionGroup);
  }
  const optional = (v: string) => (v.trim() === "" ? undefined : v.trim());
  return {
    person: present(sample.person),
    company: present(sample.company),
    visitor: {
      page: { url: optional(sample.url) },
      referrer: optional(sample.referrer),
      device: optional(sample.device),
      language: optional(sample.language),
      timezone: optional(sample.timezone),
      country: optional(sample.country),
      utm: utmOf(sample.url, sample.utm),
    },
    segments: audiences,
    now,
  };
}
