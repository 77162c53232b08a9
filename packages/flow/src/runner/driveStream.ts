import type { Stream } from "../stream";
import type { DriveState } from "./driveState";
import { cloneDriveState } from "./driveState";
import type { RunContext } from "./runContext";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";
import type { RunOutput } from "./runOutput";
import { initialRunState } from "./runState";
import { runStep } from "./runStep";

// The server (domain/engine/driveConversation) and the designer's test chat
// (apps/web/src/designer/testChat) both run conversations through this one loop, so a draft
// tested in the designer answers exactly as it will live. Docs: docs/flow-driver.md.

/** A published flow a Flow card runs: which dialogue and version. */
export interface FlowRef {
  dialogueId: string;
  version: number;
}

/**
 * What the loop asks of whoever runs it: the server answers from its database inside the step's
 * transaction; the test chat answers with simulated effects. Every method may be async.
 */
export interface DriveHost {
  /** The stream to run, already localised: the conversation's own (`null`) or a running flow's. */
  stream(flow: FlowRef | null): Promise<Stream> | Stream;
  /** The context of the next step of that stream (person, company, time, random …). */
  context(stream: Stream, flow: FlowRef | null): Promise<RunContext> | RunContext;
  /** The published flow a Flow card runs, or null to skip the card (missing, unpublished). */
  flow(flowId: string): Promise<FlowRef | null> | FlowRef | null;
  /**
   * Performs one effect of a step (in order). Returns the input that reports an effect answered at
   * once (`searchAnswers` → `answersFound`), or null: applied (saveField …), or left waiting for a
   * later input (a webhook's job, a live chat's routing, a meeting offer). `outputs` are this
   * drive's outputs so far, the host may complete them (a meeting offer's id is written onto its
   * prompt). `runFlow` never reaches it.
   */
  effect(
    effect: RunEffect,
    outputs: RunOutput[],
    flow: FlowRef | null,
  ): Promise<RunInput | null> | RunInput | null;
  /** A card was entered (drop-off reports; the test chat's path). */
  visited?(cardId: string, flow: FlowRef | null): void;
}

export interface DriveResult {
  state: DriveState;
  /** What the visitor is shown, in order (a nested flow's `completed` is left out). */
  outputs: RunOutput[];
}

/** A step and the inputs the host answers at once never chain further than this. */
export const MAX_CHAIN = 50;

/**
 * Feeds one input to the conversation and keeps going while the host itself answers what the
 * stream waits for (answer library, nested flows, whatever `effect` answers at once). Never mutates
 * `state`.
 */
export async function driveStream(host: DriveHost, state: DriveState, input: RunInput): Promise<DriveResult> {
  const next = cloneDriveState(state);
  const outputs: RunOutput[] = [];
  let pending: RunInput | null = input;

  for (let chain = 0; pending && chain < MAX_CHAIN; chain++) {
    const inFlow = next.flow;
    const ref: FlowRef | null = inFlow ? { dialogueId: inFlow.dialogueId, version: inFlow.version } : null;
    const stream = await host.stream(ref);
    const context = await host.context(stream, ref);
    const step = runStep(stream, inFlow ? inFlow.state : next.main, pending, context);
    pending = null;
    if (inFlow) inFlow.state = step.state;
    else next.main = step.state;

    for (const cardId of step.visited) host.visited?.(cardId, ref);
    // A nested flow's end is not the conversation's end.
    outputs.push(...step.outputs.filter((o) => !(inFlow && o.type === "completed")));

    for (const effect of step.effects) {
      const answer =
        effect.type === "runFlow"
          ? await enterFlow(host, next, effect.flowId)
          : await host.effect(effect, outputs, ref);
      if (answer) pending = answer;
    }
    if (inFlow && step.state.status !== "waiting" && next.flow === inFlow) {
      next.flow = undefined;
      pending ??= { kind: "flowFinished" };
    }
  }
  return { state: next, outputs };
}

/** Starts a reusable flow inside the conversation; a missing, unpublished or nested flow is skipped. */
async function enterFlow(host: DriveHost, state: DriveState, flowId: string): Promise<RunInput> {
  if (state.flow) return { kind: "flowFinished" };
  const flow = await host.flow(flowId);
  if (!flow) return { kind: "flowFinished" };
  state.flow = { dialogueId: flow.dialogueId, version: flow.version, state: initialRunState() };
  return { kind: "start" };
}
