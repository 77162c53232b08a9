import type { ConditionContext, FieldValue } from "../conditions/conditionContext";

/**
 * What the server knows when it runs a step. Everything the runner needs from the outside
 * world comes in here, including the time and a random number, so a step is deterministic.
 */
export interface RunContext extends ConditionContext {
  /** The conversation's agent (live chat), for `{{agent.*}}` tokens. */
  agent?: Readonly<Record<string, FieldValue>>;
  /** The current instant, ISO 8601: office hours, consent records. */
  now: string;
  /** A uniformly distributed number in [0, 1): split cards. */
  random: number;
  /** Most cards one step may pass through before giving up (default: the stream's card count + 1). */
  maxSteps?: number;
}
