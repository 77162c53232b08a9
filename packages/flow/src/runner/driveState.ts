import { z } from "zod";
import { initialRunState, RunState } from "./runState";

/**
 * A conversation's stored position: the runner state of its own stream, and, while a Flow card
 * runs a reusable flow, that flow's runner state. When the flow completes, the main stream gets
 * `flowFinished` and continues. (The server stores it as the conversation's state.)
 */
export const DriveState = z.object({
  main: RunState,
  flow: z.object({ dialogueId: z.string(), version: z.number().int(), state: RunState }).optional(),
});
export type DriveState = z.infer<typeof DriveState>;

export const newDriveState = (): DriveState => ({ main: initialRunState() });

/** The runner state that takes the next input: the running flow's, else the main stream's. */
export const activeRunState = (state: DriveState): RunState => state.flow?.state ?? state.main;

/** The active stream shows a prompt and waits for the visitor (not for the host). */
export function waitsForVisitorInput(state: DriveState | null): boolean {
  const run = state && activeRunState(state);
  return run?.status === "waiting" && run.waiting?.from === "visitor";
}

/** A deep copy: the driver never changes the state it was given (both are plain JSON). */
export function cloneDriveState(state: DriveState): DriveState {
  return JSON.parse(JSON.stringify(state)) as DriveState;
}
