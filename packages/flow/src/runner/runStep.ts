import type { Stream } from "../stream";
import { cardStepFor } from "./cardSteps";
import type { RunContext } from "./runContext";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";
import type { RunErrorCode, RunOutput } from "./runOutput";
import type { RunState } from "./runState";
import { StepSession } from "./stepSession";

export interface StepResult {
  /** The state to store; the very same object as given when the input was refused. */
  state: RunState;
  outputs: RunOutput[];
  effects: RunEffect[];
  /** Cards entered during this step, in order: the server records them for drop-off reports. */
  visited: string[];
}

const finish = (session: StepSession): StepResult => ({
  state: session.state,
  outputs: session.outputs,
  effects: session.effects,
  visited: session.visited,
});

function refuse(state: RunState, code: RunErrorCode): StepResult {
  return { state, outputs: [{ type: "error", code }], effects: [], visited: [] };
}

/** Enters cards from `target` until one waits, the branch ends, or the step budget runs out. */
function advance(session: StepSession, target: string | null | undefined): void {
  const budget = session.context.maxSteps ?? session.stream.cards.length + 1;
  let current = target;
  for (let steps = 0; ; steps++) {
    if (!current) {
      session.complete();
      return;
    }
    // Validation rejects loops that never wait for the visitor; this guards unvalidated drafts.
    if (steps >= budget) {
      session.fail("step_budget_exceeded");
      return;
    }
    const card = session.card(current);
    if (!card) {
      session.fail("unknown_card");
      return;
    }
    session.visit(card.id);
    const result = cardStepFor(card).enter(card, session);
    if ("wait" in result) {
      session.waitAt(card.id, result.wait);
      return;
    }
    current = result.next;
  }
}

/**
 * Runs a conversation one step: from `state`, apply `input`, and go on until the stream needs
 * the visitor or the server again, or ends. Pure and deterministic: no I/O, no clock, no
 * randomness of its own (both come in `context`). A refused input (wrong kind, invalid value)
 * changes nothing: the same state comes back with an `invalid` or `error` output.
 */
export function runStep(stream: Stream, state: RunState, input: RunInput, context: RunContext): StepResult {
  if (input.kind === "start") {
    if (state.status !== "new")
      return refuse(state, state.status === "completed" ? "already_completed" : "unexpected_input");
    const session = new StepSession(stream, state, context);
    advance(session, stream.startCardId);
    return finish(session);
  }
  if (state.status === "completed") return refuse(state, "already_completed");
  const waiting = state.waiting;
  if (state.status !== "waiting" || !waiting || !waiting.accepts.includes(input.kind)) {
    return refuse(state, "unexpected_input");
  }

  const session = new StepSession(stream, state, context);
  const card = session.card(waiting.cardId);
  const step = card ? cardStepFor(card) : undefined;
  if (!card || !step?.resume) {
    session.fail("unknown_card");
    return finish(session);
  }
  const result = step.resume(card, input, waiting, session);
  if ("invalid" in result) {
    return {
      state,
      outputs: [{ type: "invalid", cardId: card.id, code: result.invalid }],
      effects: [],
      visited: [],
    };
  }
  if ("wait" in result) session.waitAt(card.id, result.wait);
  else advance(session, result.next);
  return finish(session);
}
