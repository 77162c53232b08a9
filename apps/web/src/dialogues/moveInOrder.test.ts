import { describe, expect, it } from "vitest";
import { moveBy, moveTo } from "./moveInOrder";

const order = ["a", "b", "c", "d"] as const;

describe("moveBy", () => {
  it("moves one place up or down, and stops at the ends", () => {
    expect(moveBy(order, "c", -1)).toEqual(["a", "c", "b", "d"]);
    expect(moveBy(order, "b", 1)).toEqual(["a", "c", "b", "d"]);
    expect(moveBy(order, "a", -1)).toBe(order);
    expect(moveBy(order, "d", 1)).toBe(order);
    expect(moveBy(order, "b", -10)).toEqual(["b", "a", "c", "d"]);
    expect(moveBy(order, "x" as "a", 1)).toBe(order);
  });
});

describe("moveTo", () => {
  it("places the moved items before or after the target, keeping their order", () => {
    expect(moveTo(order, ["d"], "a", "before")).toEqual(["d", "a", "b", "c"]);
    expect(moveTo(order, ["a"], "c", "after")).toEqual(["b", "c", "a", "d"]);
    expect(moveTo(order, ["d", "a"], "b", "after")).toEqual(["b", "a", "d", "c"]);
  });

  it("returns the same order when nothing moves", () => {
    expect(moveTo(order, ["b"], "c", "before")).toBe(order);
    expect(moveTo(order, ["b"], "b", "after")).toBe(order);
    expect(moveTo(order, ["b"], "zz" as "a", "after")).toBe(order);
  });
});
