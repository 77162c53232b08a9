import { describe, expect, it } from "vitest";
import type { Condition, ConditionGroup, ConditionOperator } from "./condition";
import { ConditionGroup as ConditionGroupSchema } from "./condition";
import type { ConditionContext } from "./conditionContext";
import { evaluateConditions } from "./evaluateConditions";

const context: ConditionContext = {
  person: {
    email: "ada@example.com",
    firstName: "Ada",
    score: 42,
    signedUpAt: "2024-06-01",
    tags: ["vip", "beta"],
  },
  company: { name: "Acme Corp", size: "250", industry: "" },
  visitor: {
    page: { url: "https://example.com/pricing?plan=pro" },
    referrer: "https://www.linkedin.com/feed",
    utm: { source: "LinkedIn", campaign: "spring" },
    device: "mobile",
    language: "fr-FR",
    timezone: "Europe/Paris",
    country: "FR",
  },
};

const where = (attribute: string, operator: ConditionOperator, value?: string | number | string[]) =>
  ({
    match: "all",
    conditions: [{ type: "attribute", attribute, operator, ...(value !== undefined ? { value } : {}) }],
  }) as ConditionGroup;

const holds = (group: ConditionGroup, ctx: ConditionContext = context) => evaluateConditions(group, ctx);

describe("evaluateConditions: operators", () => {
  it("is: case-insensitive text, numeric numbers, any entry of a list", () => {
    expect(holds(where("person.firstName", "is", "ada"))).toBe(true);
    expect(holds(where("person.firstName", "is", "Grace"))).toBe(false);
    expect(holds(where("company.size", "is", 250))).toBe(true);
    expect(holds(where("person.score", "is", "42.0"))).toBe(true);
    expect(holds(where("person.tags", "is", "beta"))).toBe(true);
    expect(holds(where("person.lastName", "is", "Lovelace"))).toBe(false);
  });

  it("is_not: true for another value and for a missing one", () => {
    expect(holds(where("visitor.device", "is_not", "desktop"))).toBe(true);
    expect(holds(where("visitor.device", "is_not", "Mobile"))).toBe(false);
    expect(holds(where("person.lastName", "is_not", "Lovelace"))).toBe(true);
  });

  it("contains and starts_with read inferred attributes and UTM parameters", () => {
    expect(holds(where("visitor.page.url", "contains", "/pricing"))).toBe(true);
    expect(holds(where("visitor.page.url", "contains", "/blog"))).toBe(false);
    expect(holds(where("visitor.referrer", "starts_with", "https://www.linkedin"))).toBe(true);
    expect(holds(where("visitor.referrer", "starts_with", "linkedin"))).toBe(false);
    expect(holds(where("visitor.utm.source", "contains", "linked"))).toBe(true);
    expect(holds(where("visitor.utm.medium", "contains", "x"))).toBe(false);
  });

  it("is_empty and is_not_empty treat missing, blank and empty lists as empty", () => {
    expect(holds(where("person.phone", "is_empty"))).toBe(true);
    expect(holds(where("company.industry", "is_empty"))).toBe(true);
    expect(holds(where("person.email", "is_empty"))).toBe(false);
    expect(holds(where("person.email", "is_not_empty"))).toBe(true);
    expect(holds(where("person.tags", "is_empty"), { person: { tags: [] } })).toBe(true);
    // Anonymous visitors are targeted with "person email is empty".
    expect(holds(where("person.email", "is_empty"), {})).toBe(true);
  });

  it("greater_than and less_than compare numbers, also numbers stored as text", () => {
    expect(holds(where("company.size", "greater_than", 100))).toBe(true);
    expect(holds(where("company.size", "greater_than", 250))).toBe(false);
    expect(holds(where("person.score", "less_than", "50"))).toBe(true);
    expect(holds(where("person.score", "less_than", 10))).toBe(false);
    expect(holds(where("person.firstName", "greater_than", 1))).toBe(false);
    expect(holds(where("person.missing", "less_than", 1))).toBe(false);
  });

  it("in_list matches any value of the list, ignoring case", () => {
    expect(holds(where("visitor.country", "in_list", ["de", "fr"]))).toBe(true);
    expect(holds(where("visitor.country", "in_list", ["DE", "IT"]))).toBe(false);
    expect(holds(where("person.tags", "in_list", ["VIP"]))).toBe(true);
    expect(holds(where("visitor.country", "in_list", "FR"))).toBe(false);
  });

  it("before and after compare ISO dates", () => {
    expect(holds(where("person.signedUpAt", "before", "2024-12-31"))).toBe(true);
    expect(holds(where("person.signedUpAt", "after", "2024-12-31"))).toBe(false);
    expect(holds(where("person.signedUpAt", "after", "2024-05-31T23:59:59Z"))).toBe(true);
    expect(holds(where("person.firstName", "before", "2024-12-31"))).toBe(false);
    expect(holds(where("person.signedUpAt", "before", "not a date"))).toBe(false);
  });

  it("never reads through the prototype chain", () => {
    expect(holds(where("person.constructor", "is_not_empty"))).toBe(false);
    expect(holds(where("person.toString", "is_not_empty"))).toBe(false);
  });
});

describe("evaluateConditions: groups", () => {
  const yes: Condition = { type: "attribute", attribute: "visitor.country", operator: "is", value: "FR" };
  const no: Condition = { type: "attribute", attribute: "visitor.country", operator: "is", value: "US" };

  it("all needs every member, any needs one", () => {
    expect(holds({ match: "all", conditions: [yes, yes] })).toBe(true);
    expect(holds({ match: "all", conditions: [yes, no] })).toBe(false);
    expect(holds({ match: "any", conditions: [no, yes] })).toBe(true);
    expect(holds({ match: "any", conditions: [no, no] })).toBe(false);
  });

  it("nests groups", () => {
    const group: ConditionGroup = {
      match: "all",
      conditions: [yes, { match: "any", conditions: [no, { match: "all", conditions: [yes] }] }],
    };
    expect(ConditionGroupSchema.parse(group)).toEqual(group);
    expect(holds(group)).toBe(true);
    expect(holds({ match: "all", conditions: [yes, { match: "any", conditions: [no] }] })).toBe(false);
  });

  it("an empty all holds (everyone), an empty any does not", () => {
    expect(holds({ match: "all", conditions: [] })).toBe(true);
    expect(holds({ match: "any", conditions: [] })).toBe(false);
  });
});

describe("evaluateConditions: segments, availability, office hours", () => {
  const inFrance: ConditionGroup = {
    match: "all",
    conditions: [{ type: "attribute", attribute: "visitor.country", operator: "is", value: "FR" }],
  };

  it("evaluates segment membership with the segment's saved audience", () => {
    const segments: Record<string, ConditionGroup> = {
      france: inFrance,
      loop: { match: "all", conditions: [{ type: "segment", segmentId: "loop", operator: "is" }] },
    };
    const member = (segmentId: string, operator: "is" | "is_not") =>
      holds(
        { match: "all", conditions: [{ type: "segment", segmentId, operator }] },
        { ...context, segments },
      );
    expect(member("france", "is")).toBe(true);
    expect(member("france", "is_not")).toBe(false);
    expect(member("unknown", "is")).toBe(false);
    expect(member("unknown", "is_not")).toBe(true);
    // A segment defined by itself terminates and is not a member of itself.
    expect(member("loop", "is")).toBe(false);
  });

  it("checks live-agent availability for anyone, a team or an agent", () => {
    const available = (condition: Condition, availability?: ConditionContext["availability"]) =>
      holds({ match: "all", conditions: [condition] }, { availability });
    const online = { agentIds: ["a1"], teamIds: ["sales"] };
    expect(available({ type: "agentAvailability", scope: "any", operator: "is" }, online)).toBe(true);
    expect(
      available({ type: "agentAvailability", scope: "any", operator: "is" }, { agentIds: [], teamIds: [] }),
    ).toBe(false);
    expect(available({ type: "agentAvailability", scope: "any", operator: "is" })).toBe(false);
    expect(
      available({ type: "agentAvailability", scope: "team", teamId: "sales", operator: "is" }, online),
    ).toBe(true);
    expect(
      available({ type: "agentAvailability", scope: "team", teamId: "support", operator: "is" }, online),
    ).toBe(false);
    expect(
      available({ type: "agentAvailability", scope: "agent", agentId: "a2", operator: "is_not" }, online),
    ).toBe(true);
  });

  it("checks office hours on the wall clock of the given time zone", () => {
    const open: Condition = {
      type: "officeHours",
      timezone: "America/New_York",
      blocks: [{ day: "wed", from: "09:00", to: "17:00" }],
      operator: "is",
    };
    const at = (now: string) => holds({ match: "all", conditions: [open] }, { now });
    expect(at("2025-01-15T14:00:00Z")).toBe(true); // Wed 09:00 in New York
    expect(at("2025-01-15T13:59:00Z")).toBe(false); // Wed 08:59
    expect(at("2025-01-15T22:00:00Z")).toBe(false); // Wed 17:00: the end is exclusive
    expect(at("2025-01-16T14:00:00Z")).toBe(false); // Thursday
    expect(at("2025-07-16T13:00:00Z")).toBe(true); // summer time: Wed 09:00 EDT
    expect(holds({ match: "all", conditions: [open] }, {})).toBe(false); // no clock, not open
    expect(
      holds({ match: "all", conditions: [{ ...open, operator: "is_not" }] }, { now: "2025-01-16T14:00:00Z" }),
    ).toBe(true);
    expect(
      holds(
        { match: "all", conditions: [{ ...open, timezone: "Mars/Olympus" }] },
        { now: "2025-01-15T15:00:00Z" },
      ),
    ).toBe(false);
  });
});
