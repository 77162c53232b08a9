import { describe, expect, it } from "vitest";
import { moveItem, removeItem, splitPercents, uniqueItemId, valueFromLabel } from "./listEdits";
import { routingProblem, setStrategy, toggleRule } from "./routingEdit";

describe("list edits", () => {
  it("moves an item up and down, staying within the list", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(removeItem(["a", "b", "c"], 1)).toEqual(["a", "c"]);
  });

  it("makes an id no item has", () => {
    expect(uniqueItemId("a", [{ id: "a1" }, { id: "a3" }])).toBe("a4");
    expect(uniqueItemId("a", [{ id: "a3" }, { id: "a4" }])).toBe("a5");
    expect(uniqueItemId("b", [])).toBe("b1");
  });

  it("derives a stored value from a label", () => {
    expect(valueFromLabel("  Book a Demo! ")).toBe("book_a_demo");
    expect(valueFromLabel("Café crème")).toBe("café_crème");
  });
});

describe("splitPercents", () => {
  it("shows weights as percents that add up to 100", () => {
    expect(splitPercents([1, 1])).toEqual([50, 50]);
    expect(splitPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitPercents([3, 1])).toEqual([75, 25]);
  });

  it("counts zero, negative and non-numbers as no chance", () => {
    expect(splitPercents([0, -2, Number.NaN, 5])).toEqual([0, 0, 0, 100]);
    expect(splitPercents([0, 0])).toEqual([0, 0]);
  });
});

describe("routing edits", () => {
  it("keeps the ids of other strategies when switching", () => {
    const routing = setStrategy({ strategy: "specific_agent", agentId: "u1" }, "team");
    expect(routing).toEqual({ strategy: "team", agentId: "u1" });
    expect(routingProblem(routing, null)).toBe("Choose the team.");
  });

  it("adds and removes rules without duplicates", () => {
    let routing = toggleRule({ strategy: "custom_rules" }, "r1", true);
    routing = toggleRule(toggleRule(routing, "r2", true), "r1", true);
    expect(routing.ruleIds).toEqual(["r1", "r2"]);
    expect(toggleRule(routing, "r1", false).ruleIds).toEqual(["r2"]);
  });

  it("says what a strategy lacks, and what no longer exists", () => {
    const known = { agentIds: ["u1"], teamIds: ["t1"], ruleIds: ["r1"] };
    expect(routingProblem({ strategy: "round_robin" }, known)).toBeNull();
    expect(routingProblem({ strategy: "specific_agent" }, known)).toBe("Choose the agent.");
    expect(routingProblem({ strategy: "specific_agent", agentId: "u2" }, known)).toMatch(/no longer/);
    expect(routingProblem({ strategy: "custom_rules", ruleIds: ["r1", "r9"] }, known)).toBe(
      "1 chosen rule(s) no longer exist.",
    );
    expect(routingProblem({ strategy: "team", teamId: "t1" }, known)).toBeNull();
  });
});
