import { ConditionGroup } from "@parley/flow/conditions/condition";
import { conditionProblems } from "@parley/flow/conditions/conditionProblems";
import { badRequest } from "../../errors";

/** Reads a nested all/any condition group sent by a client; every problem is named in one 400 error. */
export function readConditionGroup(value: unknown, label: string): ConditionGroup {
  const parsed = ConditionGroup.safeParse(value);
  if (!parsed.success) {
    throw badRequest(`The ${label} is not a valid condition group`, {
      problems: parsed.error.issues.map((i) => `${label}.${i.path.join(".")}: ${i.message}`),
    });
  }
  const problems = conditionProblems(parsed.data);
  if (problems.length) throw badRequest(`The ${label} has problems: ${problems.join("; ")}`, { problems });
  return parsed.data;
}
