import { describe, expect, it } from "vitest";
import type { Stream } from "../stream";
import { buildRunContext } from "../testing/buildRunContext";
import { generateStream } from "../testing/generateStream";
import { scriptInput } from "../testing/scriptInput";
import { SeededRandom } from "../testing/seededRandom";
import type { DriveState } from "./driveState";
import { activeRunState, newDriveState } from "./driveState";
import type { DriveHost, FlowRef } from "./driveStream";
import { driveStream, MAX_CHAIN } from "./driveStream";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";
import type { RunOutput } from "./runOutput";
import { initialRunState } from "./runState";
import { runStep } from "./runStep";

/**
 * The world both loops run against: published flows, a person saved fields land on, and a journal
 * of what the "server" was asked to do, in order.
 */
class World {
  readonly journal: string[] = [];
  readonly person: Record<string, string | number> = {};
  constructor(
    readonly main: Stream,
    readonly flows: Map<string, Stream>,
  ) {}

  streamOf(flow: FlowRef | null): Stream {
    return flow ? this.flows.get(flow.dialogueId)! : this.main;
  }
  context(random: number) {
    return buildRunContext({ person: { ...this.person }, random });
  }
  publishedFlow(flowId: string): FlowRef | null {
    this.journal.push(`look up ${flowId}`);
    return this.flows.has(flowId) ? { dialogueId: flowId, version: 3 } : null;
  }
  visit(cardId: string, flow: FlowRef | null) {
    this.journal.push(`visit ${cardId}${flow ? ` in ${flow.dialogueId}` : ""}`);
  }
  /** The server's answer to an effect (the old loop's switch, minus runFlow). */
  perform(effect: RunEffect, outputs: RunOutput[]): RunInput | null {
    this.journal.push(`${effect.type} ${effect.cardId}`);
    switch (effect.type) {
      case "searchAnswers":
        return {
          kind: "answersFound",
          matches: effect.query.length % 2 ? [{ id: "a1", question: "Price?", answer: "Free." }] : [],
        };
      case "offerMeetingSlots": {
        const prompt = outputs.findLast((o) => o.type === "meeting" && o.cardId === effect.cardId);
        if (prompt?.type === "meeting") prompt.offerId = `offer-${effect.cardId}`;
        return null;
      }
      case "saveField":
        this.person[effect.field.split(".")[1]!] = effect.value;
        return null;
      case "identifyByEmail":
        this.person.email = effect.email;
        return null;
      default:
        return null;
    }
  }
}

/** apps/server/src/domain/engine/driveConversation.ts as it was before the shared driver, minus the database. */
function oldServerLoop(world: World, startState: DriveState, firstInput: RunInput, random: () => number) {
  const state = JSON.parse(JSON.stringify(startState)) as DriveState;
  const outputs: RunOutput[] = [];
  let input: RunInput | null = firstInput;
  for (let chain = 0; input && chain < MAX_CHAIN; chain++) {
    const inFlow = state.flow;
    const ref = inFlow ? { dialogueId: inFlow.dialogueId, version: inFlow.version } : null;
    const step = runStep(
      world.streamOf(ref),
      inFlow ? inFlow.state : state.main,
      input,
      world.context(random()),
    );
    input = null;
    if (inFlow) inFlow.state = step.state;
    else state.main = step.state;
    for (const cardId of step.visited) world.visit(cardId, ref);
    outputs.push(...step.outputs.filter((o) => !(inFlow && o.type === "completed")));
    for (const effect of step.effects) {
      if (effect.type === "runFlow") {
        if (state.flow) input = { kind: "flowFinished" };
        else {
          const flow = world.publishedFlow(effect.flowId);
          if (!flow) input = { kind: "flowFinished" };
          else {
            state.flow = { ...flow, state: initialRunState() };
            input = { kind: "start" };
          }
        }
      } else input = world.perform(effect, outputs) ?? input;
    }
    if (inFlow && step.state.status !== "waiting" && state.flow === inFlow) {
      state.flow = undefined;
      input ??= { kind: "flowFinished" };
    }
  }
  return { state, outputs };
}

/** The same world as a DriveHost; async, as the server's is. */
function hostOver(world: World, random: () => number): DriveHost {
  return {
    stream: async (flow) => world.streamOf(flow),
    context: async () => world.context(random()),
    flow: async (flowId) => world.publishedFlow(flowId),
    effect: async (effect, outputs) => world.perform(effect, outputs),
    visited: (cardId, flow) => world.visit(cardId, flow),
  };
}

/** A main stream whose Flow cards run generated flows (some unpublished), which may hold Flow cards too. */
function worldFor(seed: number): World {
  const rng = new SeededRandom(seed * 31);
  const main = generateStream(seed);
  const flows = new Map<string, Stream>();
  const addFlowsOf = (stream: Stream, depth: number) => {
    for (const card of stream.cards) {
      if (card.type !== "flow" || flows.has(card.flowId) || !rng.chance(0.75)) continue;
      const flow = generateStream(seed * 1000 + flows.size + 1, 8);
      flows.set(card.flowId, flow);
      if (depth < 2) addFlowsOf(flow, depth + 1);
    }
  };
  addFlowsOf(main, 0);
  return new World(main, flows);
}

const SEEDS = 300;
const MAX_INPUTS = 40;

describe("driveStream against the server's former loop", () => {
  it(`${SEEDS} generated streams with nested flows: same outputs, states, visits and effects in the same order`, async () => {
    let flowsEntered = 0;
    let answerChains = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const oldWorld = worldFor(seed);
      const newWorld = worldFor(seed);
      const oldRandom = new SeededRandom(seed);
      const newRandom = new SeededRandom(seed);
      const host = hostOver(newWorld, () => newRandom.next());
      const inputs = new SeededRandom(seed * 7);
      let oldState = newDriveState();
      let newState = newDriveState();
      for (let i = 0; i < MAX_INPUTS && oldState.main.status !== "completed"; i++) {
        const active = activeRunState(oldState);
        const stream = oldState.flow ? oldWorld.flows.get(oldState.flow.dialogueId)! : oldWorld.main;
        const input = scriptInput(stream, active, inputs);
        const before = JSON.stringify(newState);
        const expected = oldServerLoop(oldWorld, oldState, input, () => oldRandom.next());
        const actual = await driveStream(host, newState, input);
        const where = `seed ${seed}, input ${i} (${input.kind})`;
        expect(JSON.stringify(newState), `${where}: the given state is unchanged`).toBe(before);
        expect(actual.outputs, where).toEqual(expected.outputs);
        expect(actual.state, where).toEqual(JSON.parse(JSON.stringify(expected.state)));
        expect(newWorld.journal, where).toEqual(oldWorld.journal);
        if (expected.state.flow) flowsEntered++;
        oldState = expected.state;
        newState = actual.state;
        if (oldState.main.status === "failed") break;
      }
      answerChains += newWorld.journal.filter((j) => j.startsWith("searchAnswers")).length;
    }
    // The generated worlds do reach the chains this is about.
    expect(flowsEntered).toBeGreaterThan(20);
    expect(answerChains).toBeGreaterThan(20);
  });
});
