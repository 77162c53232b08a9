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
