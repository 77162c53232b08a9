import type { RunContext } from "../runner/runContext";
import type { RunInput } from "../runner/runInput";
import type { RunState } from "../runner/runState";
import { initialRunState } from "../runner/runState";
import type { StepResult } from "../runner/runStep";
import { runStep } from "../runner/runStep";
import type { Stream } from "../stream";
import { buildRunContext } from "./buildRunContext";

/**
 * Runs `start` (for a new state) then each input in turn, like the server would, applying saved fields to the
 * context between steps. Returns every step's result; the last one holds the final state.
 */
export function playStream(
  stream: Stream,
  inputs: RunInput[],
  context: RunContext = buildRunContext(),
  state: RunState = initialRunState(),
): StepResult[] {
  const results: StepResult[] = [];
  let current = state;
  const person = { ...context.person };
  const company = { ...context.company };
  const all: RunInput[] = state.status === "new" ? [{ kind: "start" }, ...inputs] : inputs;
  for (const input of all) {
    const result = runStep(stream, current, input, { ...context, person, company });
    for (const effect of result.effects) {
      if (effect.type === "identifyByEmail") person.email = effect.email;
      if (effect.type !== "saveField") continue;
      const [entity, key] = effect.field.split(".") as [string, string];
      (entity === "person" ? person : company)[key] = effect.value;
    }
    results.push(result);
    current = result.state;
  }
  return results;
}
