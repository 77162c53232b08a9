import type { ConditionGroup } from "@parley/flow/conditions/condition";
import { conditionProblems } from "@parley/flow/conditions/conditionProblems";
import { describe, expect, it } from "vitest";
import {
  type AttributeCondition,
  appendTo,
  canNestIn,
  countConditions,
  itemAt,
  newGroup,
  removeAt,
  setMatch,
  updateAt,
  withOperator,
} from "./conditionGroupEdits";

const email: AttributeCondition = {
  type: "attribute",
  attribute: "person.email",
  operator: "contains",
  value: "acme",
};
const plan: AttributeCondition = {
  type: "attribute",
  attribute: "company.plan",
  operator: "is",
  value: "pro",
};
const root: ConditionGroup = {
  match: "all",
  conditions: [
    email,
    { match: "any", conditions: [plan, { type: "segment", segmentId: "s1", operator: "is" }] },
  ],
};

describe("condition group edits", () => {
  it("reads, replaces and removes an item inside a nested group without touching the rest", () => {
    expect(itemAt(root, [1, 0])).toEqual(plan);
    const edited = updateAt(root, [1, 0], () => ({ ...plan, value: "enterprise" }));
    expect(itemAt(edited, [1, 0])).toMatchObject({ value: "enterprise" });
    expect(itemAt(root, [1, 0])).toMatchObject({ value: "pro" });
    const removed = removeAt(edited, [1, 1]);
    expect(countConditions(removed)).toBe(2);
    expect(itemAt(removed, [0])).toBe(email);
  });

  it("adds a nested group of the opposite kind and flips a group between all and any", () => {
    const nested = appendTo(root, [1], newGroup("any", email));
    expect(itemAt(nested, [1, 2])).toEqual({ match: "all", conditions: [email] });
    expect(setMatch(nested, [1, 2], "any")).toMatchObject({
      conditions: [email, { conditions: [{}, {}, { match: "any" }] }],
    });
  });

  it("ignores a path that leads nowhere", () => {
    expect(updateAt(root, [5], () => email)).toEqual(root);
    expect(updateAt(root, [0, 1], () => email)).toEqual(root);
    expect(removeAt(root, [])).toEqual(root);
  });

  it("stops nesting where the server would refuse it", () => {
    let group: ConditionGroup = { match: "all", conditions: [email] };
    let path: number[] = [];
    while (canNestIn(path)) {
      group = appendTo(group, path, newGroup("all", email));
      path = [...path, 1];
    }
    expect(conditionProblems(group)).toEqual([]);
    const deeper = appendTo(group, path, newGroup("all", email));
    expect(conditionProblems(deeper).join()).toMatch(/nested more than/);
  });
});

describe("withOperator keeps the value valid for the operator", () => {
  it("turns the typed text into a list for 'is one of' and back into one value", () => {
    const list = withOperator({ ...plan, value: "pro, enterprise,, team " }, "in_list");
    expect(list.value).toEqual(["pro", "enterprise", "team"]);
    expect(withOperator(list, "is").value).toBe("pro");
    expect(withOperator({ ...plan, value: "" }, "in_list").value).toEqual([]);
  });

  it("drops the value for 'is empty' so nothing stale is saved", () => {
    expect(withOperator(email, "is_empty")).toEqual({
      type: "attribute",
      attribute: "person.email",
      operator: "is_empty",
    });
    expect(withOperator(withOperator(email, "is_empty"), "is").value).toBe("");
  });

  it("keeps a number for a comparison and clears text it could not compare", () => {
    expect(withOperator({ ...plan, value: "42" }, "greater_than").value).toBe("42");
    expect(withOperator({ ...plan, value: 7 }, "less_than").value).toBe("7");
    expect(withOperator(plan, "greater_than").value).toBe("");
  });

  it("keeps an ISO date for before/after and clears anything else", () => {
    expect(withOperator({ ...plan, value: "2026-01-31" }, "after").value).toBe("2026-01-31");
    expect(withOperator({ ...plan, value: "31/01/2026" }, "before").value).toBe("");
  });

  it("leaves every result acceptable to the server once a value is typed", () => {
    const ops = ["is", "is_not", "contains", "starts_with", "in_list", "greater_than", "before"] as const;
    for (const op of ops) {
      const fixed = withOperator({ ...plan, value: "5" }, op);
      const value = op === "before" ? "2026-01-01" : fixed.value;
      expect(conditionProblems({ match: "all", conditions: [{ ...fixed, value }] })).toEqual([]);
    }
  });
});
