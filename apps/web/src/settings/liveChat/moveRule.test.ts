import { expect, test } from "vitest";
import { moveRule, nextPriority } from "./moveRule";

const rules = [
  { id: "a", priority: 10 },
  { id: "b", priority: 20 },
  { id: "c", priority: 30 },
];

test("moving up swaps the priorities of the rule and the one before it", () => {
  expect(moveRule(rules, "b", -1)).toEqual([
    { id: "b", priority: 10 },
    { id: "a", priority: 20 },
  ]);
});

test("moving down swaps with the one after it", () => {
  expect(moveRule(rules, "b", 1)).toEqual([
    { id: "b", priority: 30 },
    { id: "c", priority: 20 },
  ]);
});

test("the first cannot move up nor the last down", () => {
  expect(moveRule(rules, "a", -1)).toEqual([]);
  expect(moveRule(rules, "c", 1)).toEqual([]);
  expect(moveRule(rules, "missing", 1)).toEqual([]);
});

test("equal priorities are renumbered so the new order holds, sending only the changed ones", () => {
  const tied = [
    { id: "a", priority: 10 },
    { id: "b", priority: 20 },
    { id: "c", priority: 20 },
  ];
  // a 10, c 20, b 30: only b has to change.
  expect(moveRule(tied, "c", -1)).toEqual([{ id: "b", priority: 30 }]);
  expect(moveRule(tied, "a", 1)).toEqual([
    { id: "a", priority: 20 },
    { id: "b", priority: 10 },
  ]);
});

test("a new rule goes after the last one", () => {
  expect(nextPriority([])).toBe(10);
  expect(nextPriority(rules)).toBe(40);
  expect(nextPriority([{ id: "x", priority: 9_995 }])).toBe(10_000);
});
