import { initialRunState, RunState } from "@parley/flow/runner/runState";
import { z } from "zod";

/**
 * A conversation's stored position: the runner state of its own stream, and, while a Flow card
 * runs a reusable flow, that flow's runner state. When the flow completes, the main stream gets
 * `flowFinished` and continues.
 */
export const ConversationState = z.object({
  main: RunState,
  flow: z.object({ dialogueId: z.string(), version: z.number().int(), state: RunState }).optional(),
});
export type ConversationState = z.infer<typeof ConversationState>;

export const newConversationState = (): ConversationState => ({ main: initialRunState() });

/** The stream (the running flow's, else the main one) shows a prompt and waits for the visitor. */
export function waitsForVisitor(state: ConversationState | null): boolean {
  const run = state?.flow?.state ?? state?.main;
  return run?.status === "waiting" && run.waiting?.from === "visitor";
}
