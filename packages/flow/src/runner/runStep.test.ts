import { describe, expect, it } from "vitest";
import type { Card } from "../card";
import { buildRunContext } from "../testing/buildRunContext";
import { buildStream } from "../testing/buildStream";
import { playStream } from "../testing/playStream";
import type { RunState } from "./runState";
import { initialRunState, RunState as RunStateSchema } from "./runState";
import { runStep } from "./runStep";

const msg = (id: string, next?: string): Card => ({ id, type: "message", text: `Say ${id}`, next });
const ask = (id: string, next?: string): Card => ({
  id,
  type: "question",
  text: "Go on?",
  answers: [{ id: "y", label: "Yes", value: "yes" }],
  next,
});
const ctx = buildRunContext();

describe("runStep", () => {
  it("starts at the start card and runs until a card waits", () => {
    const stream = buildStream([msg("a", "b"), msg("b", "q"), ask("q", "c"), msg("c")]);
    const result = runStep(stream, initialRunState(), { kind: "start" }, ctx);
    expect(result.outputs.map((o) => o.type)).toEqual(["message", "message", "question"]);
    expect(result.visited).toEqual(["a", "b", "q"]);
    expect(result.state).toMatchObject({
      status: "waiting",
      path: ["a", "b", "q"],
      waiting: { cardId: "q", accepts: ["answer"], from: "visitor" },
    });
  });

  it("continues from the waiting card to the end and says completed", () => {
    const stream = buildStream([ask("q", "c"), msg("c")]);
    const [, second] = playStream(stream, [{ kind: "answer", value: "yes" }]);
    expect(second?.outputs).toEqual([
      { type: "message", cardId: "c", text: [{ text: "Say c" }] },
      { type: "completed" },
    ]);
    expect(second?.state.status).toBe("completed");
    expect(second?.state.waiting).toBeUndefined();
    expect(second?.visited).toEqual(["c"]);
    expect(second?.state.path).toEqual(["q", "c"]);
  });

  it("produces a state the server can store and read back", () => {
    const [result] = playStream(buildStream([ask("q")]), []);
    const stored = JSON.parse(JSON.stringify(result?.state));
    expect(RunStateSchema.parse(stored)).toEqual(result?.state);
  });

  it("refuses an input the state is not waiting for, changing nothing", () => {
    const stream = buildStream([ask("q")]);
    const [first] = playStream(stream, []);
    const state = first!.state;
    const refused = runStep(stream, state, { kind: "consent", accepted: true }, ctx);
    expect(refused).toEqual({
      state,
      outputs: [{ type: "error", code: "unexpected_input" }],
      effects: [],
      visited: [],
    });
    expect(refused.state).toBe(state);
    expect(runStep(stream, state, { kind: "start" }, ctx).outputs).toEqual([
      { type: "error", code: "unexpected_input" },
    ]);
    expect(runStep(stream, initialRunState(), { kind: "answer", value: "yes" }, ctx).outputs).toEqual([
      { type: "error", code: "unexpected_input" },
    ]);
  });

  it("refuses anything after completion", () => {
    const results = playStream(buildStream([msg("a")]), []);
    const done = results[0]!.state;
    expect(done.status).toBe("completed");
    expect(runStep(buildStream([msg("a")]), done, { kind: "start" }, ctx).outputs).toEqual([
      { type: "error", code: "already_completed" },
    ]);
  });

  it("never mutates the state it is given", () => {
    const stream = buildStream([ask("q", "c"), msg("c")]);
    const [first] = playStream(stream, []);
    const before = JSON.stringify(first!.state);
    runStep(stream, first!.state, { kind: "answer", value: "yes" }, ctx);
    expect(JSON.stringify(first!.state)).toBe(before);
  });

  it("is deterministic: same stream, state, input and context, same result", () => {
    const stream = buildStream([
      {
        id: "s",
        type: "split",
        branches: [
          { id: "l", weight: 1, next: "a" },
          { id: "r", weight: 1, next: "b" },
        ],
      },
      msg("a"),
      msg("b"),
    ]);
    const context = buildRunContext({ random: 0.7 });
    const one = runStep(stream, initialRunState(), { kind: "start" }, context);
    const two = runStep(stream, initialRunState(), { kind: "start" }, context);
    expect(one).toEqual(two);
  });

  it("stops a loop that never waits with an error instead of hanging", () => {
    const stream = buildStream([msg("a", "b"), msg("b", "a")]);
    const result = runStep(stream, initialRunState(), { kind: "start" }, ctx);
    expect(result.outputs.at(-1)).toEqual({ type: "error", code: "step_budget_exceeded" });
    expect(result.state).toMatchObject({ status: "failed", error: "step_budget_exceeded" });
    expect(result.visited).toHaveLength(3);
    const tight = runStep(stream, initialRunState(), { kind: "start" }, buildRunContext({ maxSteps: 1 }));
    expect(tight.visited).toEqual(["a"]);
  });

  it("fails cleanly on an edge to a card that does not exist", () => {
    const result = runStep(buildStream([msg("a", "ghost")]), initialRunState(), { kind: "start" }, ctx);
    expect(result.outputs).toEqual([
      { type: "message", cardId: "a", text: [{ text: "Say a" }] },
      { type: "error", code: "unknown_card" },
    ]);
    expect(result.state.status).toBe("failed");
  });

  it("fails cleanly when the waiting card disappeared from a new version of the stream", () => {
    const waiting: RunState = {
      ...initialRunState(),
      status: "waiting",
      waiting: { cardId: "gone", accepts: ["answer"], from: "visitor" },
    };
    const result = runStep(buildStream([msg("a")]), waiting, { kind: "answer", value: "x" }, ctx);
    expect(result.outputs).toEqual([{ type: "error", code: "unknown_card" }]);
    expect(result.state.status).toBe("failed");
  });

  it("keeps only the most recent 1000 visited cards", () => {
    const stream = buildStream([ask("q", "q")]);
    let state = playStream(stream, [])[0]!.state;
    for (let i = 0; i < 1005; i++)
      state = runStep(stream, state, { kind: "answer", value: "yes" }, ctx).state;
    expect(state.path).toHaveLength(1000);
  });
});
