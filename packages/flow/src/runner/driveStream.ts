import type { Stream } from "../stream";
import type { RunContext } from "./runContext";
import type { RunEffect } from "./runEffect";
import type { RunInput } from "./runInput";
import type { RunOutput } from "./runOutput";
import type { DriveState } from "./driveState";

// OWNED BY h-driver. The server (domain/engine/driveConversation) and the designer's test chat
// (apps/web/src/designer/testChat) both run conversations through this one loop.

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
   * later input (a webhook's job, a live chat's routing, a meeting offer). `outputs` are the step's
   * outputs so far (a meeting offer's id is written onto its prompt). `runFlow` never reaches it.
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
 * stream waits for (answer library, nested flows). Never mutates `state`.
 */
export async function driveStream(host: DriveHost, state: DriveState, input: RunInput): Promise<DriveResult> {
  void host;
  void input;
  return { state, outputs: [] }; // TODO h-driver
}
