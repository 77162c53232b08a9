import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { describe, expect, it } from "vitest";
import type { ConditionNames } from "../audience/describeCondition";
import type { StoredSchedule } from "../schedule/scheduleDraft";
import { BLANK_SAMPLE, type SampleVisitor } from "./sampleVisitor";
import { type TargetingUnderTest, whoWouldSee } from "./whoWouldSee";

const names: ConditionNames = {
  attribute: (p) => ({ "person.email": "Person: Email", "visitor.utm.source": "Visit: UTM source" })[p] ?? p,
  segment: (id) => (id === "big" ? "Big accounts" : id),
  team: (id) => id,
  agent: (id) => id,
};
const NOW = "2026-05-01T12:00:00.000Z";
const segments = [
  {
    id: "big",
    conditions: {
      match: "all",
      conditions: [{ type: "attribute", attribute: "company.size", operator: "greater_than", value: 500 }],
    },
  },
];
const base: TargetingUnderTest = {
  include: ["/pricing*"],
  exclude: ["/pricing/internal"],
  audience: null,
  trigger: { kind: "immediately" },
};
const visitor = (patch: Partial<SampleVisitor>): SampleVisitor => ({
  ...BLANK_SAMPLE,
  url: "https://example.com/pricing",
  ...patch,
});
const run = (
  targeting: TargetingUnderTest,
  sample: SampleVisitor,
  schedule: StoredSchedule = { start: null, end: null },
) => whoWouldSee({ targeting, schedule, sample, segments, names, now: NOW, formatInstant: (iso) => iso });

describe("who would see this", () => {
  it("shows it to a visitor on an included page, naming the pattern", () => {
    const verdict = run(base, visitor({}));
    expect(verdict.shown).toBe(true);
    expect(verdict.page.text).toContain("/pricing*");
    expect(verdict.audience.text).toMatch(/Everyone/);
  });

  it("says which exclude pattern rules the page out", () => {
    const verdict = run(base, visitor({ url: "https://example.com/pricing/internal/" }));
    expect(verdict.shown).toBe(false);
    expect(verdict.page.text).toContain("“/pricing/internal”");
  });

  it("asks for a full URL rather than guessing", () => {
    expect(run(base, visitor({ url: "example.com/pricing" })).page.text).toMatch(/https:\/\//);
  });

  it("refuses outside the schedule at the explicit now, and says when it starts", () => {
    const verdict = run(base, visitor({}), { start: "2026-06-01T00:00:00.000Z", end: null });
    expect(verdict.shown).toBe(false);
    expect(verdict.schedule.text).toBe("Not yet: the schedule starts 2026-06-01T00:00:00.000Z.");
  });

  it("explains each audience condition with the visitor's own value", () => {
    const audience: ConditionGroup = {
      match: "all",
      conditions: [
        { type: "attribute", attribute: "person.email", operator: "contains", value: "acme.com" },
        {
          match: "any",
          conditions: [
            { type: "attribute", attribute: "visitor.utm.source", operator: "is", value: "linkedin" },
          ],
        },
      ],
    };
    const verdict = run(
      { ...base, audience },
      visitor({ url: "https://example.com/pricing?utm_source=LinkedIn", person: { email: "ann@acme.com" } }),
    );
    expect(verdict.shown).toBe(true);
    const [first, group] = verdict.audience.reason?.children ?? [];
    expect(first).toMatchObject({
      holds: true,
      actual: "ann@acme.com",
      text: 'Person: Email contains "acme.com"',
    });
    expect(group?.children?.[0]).toMatchObject({ holds: true, actual: "LinkedIn" });

    const other = run({ ...base, audience }, visitor({ person: {} }));
    expect(other.shown).toBe(false);
    expect(other.audience.reason?.children?.[0]).toMatchObject({ holds: false, actual: "not set" });
  });

  it("decides a segment by its conditions unless the marketer forces the membership", () => {
    const audience: ConditionGroup = {
      match: "all",
      conditions: [{ type: "segment", segmentId: "big", operator: "is" }],
    };
    expect(run({ ...base, audience }, visitor({ company: { size: "800" } })).shown).toBe(true);
    expect(run({ ...base, audience }, visitor({ company: { size: "20" } })).shown).toBe(false);
    expect(
      run({ ...base, audience }, visitor({ company: { size: "20" }, segments: { big: "member" } })).shown,
    ).toBe(true);
    const out = run(
      { ...base, audience },
      visitor({ company: { size: "800" }, segments: { big: "not_member" } }),
    );
    expect(out.shown).toBe(false);
    expect(out.audience.reason?.children?.[0]?.text).toBe('Is a member of the segment "Big accounts"');
  });

  it("describes the trigger", () => {
    expect(run({ ...base, trigger: { kind: "scroll", percent: 50 } }, visitor({})).trigger).toMatch(/50%/);
  });
});
