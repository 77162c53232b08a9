import { describe, expect, it } from "vitest";
import type { ConditionGroup } from "./condition";
import { conditionProblems } from "./conditionProblems";

const group = (...conditions: ConditionGroup["conditions"]): ConditionGroup => ({ match: "all", conditions });

describe("conditionProblems", () => {
  it("accepts well-formed conditions", () => {
    expect(
      conditionProblems(
        group(
          { type: "attribute", attribute: "person.email", operator: "is_empty" },
          { type: "attribute", attribute: "company.size", operator: "greater_than", value: 10 },
          { type: "attribute", attribute: "person.signedUpAt", operator: "after", value: "2024-01-01" },
          {
            type: "officeHours",
            timezone: "Europe/Paris",
            blocks: [{ day: "mon", from: "09:00", to: "18:00" }],
            operator: "is",
          },
        ),
      ),
    ).toEqual([]);
  });

  it("names what each broken condition is missing", () => {
    expect(
      conditionProblems(
        group(
          { type: "attribute", attribute: "person.email", operator: "is" },
          { type: "attribute", attribute: "company.size", operator: "greater_than", value: "big" },
          { type: "attribute", attribute: "person.country", operator: "in_list", value: [] },
          { type: "attribute", attribute: "person.since", operator: "before", value: "yesterday" },
          { type: "agentAvailability", scope: "team", operator: "is" },
          { type: "officeHours", timezone: "Nowhere/City", blocks: [], operator: "is" },
          {
            type: "officeHours",
            timezone: "UTC",
            blocks: [{ day: "mon", from: "18:00", to: "09:00" }],
            operator: "is",
          },
          { match: "any", conditions: [] },
        ),
      ),
    ).toEqual([
      '"person.email is" needs a value',
      '"company.size greater than" needs a number',
      '"person.country in list" needs a list of values',
      '"person.since before" needs a date such as 2025-01-31',
      "an availability condition has no team chosen",
      'office hours use an unknown time zone "Nowhere/City"',
      "office hours have a block that ends before it starts",
      "a condition group is empty",
    ]);
  });

  it("refuses nesting deeper than six levels", () => {
    let deep: ConditionGroup = group({ type: "attribute", attribute: "person.email", operator: "is_empty" });
    for (let i = 0; i < 6; i++) deep = group(deep);
    expect(conditionProblems(deep)).toEqual(["conditions are nested more than 6 levels deep"]);
  });
});
