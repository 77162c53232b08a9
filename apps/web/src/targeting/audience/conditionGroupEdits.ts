import { parseIsoTime } from "@parley/flow/conditions/applyOperator";
import type { Condition, ConditionGroup, ConditionOperator } from "@parley/flow/conditions/condition";
import { isConditionGroup } from "@parley/flow/conditions/condition";
import { MAX_CONDITION_DEPTH } from "@parley/flow/conditions/conditionProblems";

export type GroupItem = Condition | ConditionGroup;
export type AttributeCondition = Extract<Condition, { type: "attribute" }>;
/** Indexes from the root group down through nested groups to one item; [] is the root itself. */
export type ItemPath = readonly number[];

/** Operators that compare with nothing: the value is dropped. */
export const VALUELESS_OPERATORS: readonly ConditionOperator[] = ["is_empty", "is_not_empty"];
const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/** Everyone: an empty "all" group holds for every visitor. */
export const EVERYONE: ConditionGroup = { match: "all", conditions: [] };

export function itemAt(root: ConditionGroup, path: ItemPath): GroupItem | undefined {
  let item: GroupItem = root;
  for (const index of path) {
    if (!isConditionGroup(item)) return undefined;
    const next: GroupItem | undefined = item.conditions[index];
    if (next === undefined) return undefined;
    item = next;
  }
  return item;
}

/** The root with the item at `path` replaced by what `edit` makes of it (unchanged if there is none). */
export function updateAt(root: ConditionGroup, path: ItemPath, edit: (item: GroupItem) => GroupItem) {
  const walk = (group: ConditionGroup, rest: ItemPath): ConditionGroup => {
    const [index, ...deeper] = rest;
    if (index === undefined) {
      const edited = edit(group);
      return isConditionGroup(edited) ? edited : group;
    }
    const child = group.conditions[index];
    if (child === undefined) return group;
    let replaced: GroupItem;
    if (deeper.length === 0) replaced = edit(child);
    else if (isConditionGroup(child)) replaced = walk(child, deeper);
    else return group;
    return { ...group, conditions: group.conditions.map((c, i) => (i === index ? replaced : c)) };
  };
  return walk(root, path);
}

export function removeAt(root: ConditionGroup, path: ItemPath): ConditionGroup {
  if (path.length === 0) return root;
  const parent = path.slice(0, -1);
  const index = path[path.length - 1];
  return updateAt(root, parent, (group) =>
    isConditionGroup(group)
      ? { ...group, conditions: group.conditions.filter((_, i) => i !== index) }
      : group,
  );
}

/** Adds an item at the end of the group at `groupPath`. */
export function appendTo(root: ConditionGroup, groupPath: ItemPath, item: GroupItem): ConditionGroup {
  return updateAt(root, groupPath, (group) =>
    isConditionGroup(group) ? { ...group, conditions: [...group.conditions, item] } : group,
  );
}

export function setMatch(root: ConditionGroup, groupPath: ItemPath, match: ConditionGroup["match"]) {
  return updateAt(root, groupPath, (group) => (isConditionGroup(group) ? { ...group, match } : group));
}

/**
 * Whether a group inside the group at `groupPath` stays within the nesting the server accepts
 * (the root is level 1).
 */
export function canNestIn(groupPath: ItemPath): boolean {
  return groupPath.length + 2 <= MAX_CONDITION_DEPTH;
}

/** A nested group of the opposite kind, so "all of … and any of …" reads naturally. */
export function newGroup(parent: ConditionGroup["match"], first: Condition): ConditionGroup {
  return { match: parent === "all" ? "any" : "all", conditions: [first] };
}

/**
 * The condition with another operator and its value made fit for it: a list for "is one of" (from
 * the comma-separated text or the single value), one value from a list, nothing for "is empty",
 * and no value a number or date comparison could not read.
 */
export function withOperator(condition: AttributeCondition, operator: ConditionOperator): AttributeCondition {
  const { value } = condition;
  const base = { type: "attribute" as const, attribute: condition.attribute, operator };
  if (VALUELESS_OPERATORS.includes(operator)) return base;
  if (operator === "in_list") {
    if (Array.isArray(value)) return { ...base, value };
    if (value === undefined || String(value).trim() === "") return { ...base, value: [] };
    return { ...base, value: splitList(String(value)) };
  }
  const single = Array.isArray(value) ? (value[0] ?? "") : value === undefined ? "" : String(value);
  if (operator === "greater_than" || operator === "less_than")
    return { ...base, value: NUMERIC.test(single) ? single.trim() : "" };
  if (operator === "before" || operator === "after")
    return { ...base, value: parseIsoTime(single) === null ? "" : single.trim() };
  return { ...base, value: single };
}

/** "a, b ,,c" → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Counts the conditions (not the groups) anywhere in the group. */
export function countConditions(group: ConditionGroup): number {
  return group.conditions.reduce((n, item) => n + (isConditionGroup(item) ? countConditions(item) : 1), 0);
}
