import { z } from "zod";
import { RunInputKind } from "./runInput";

/** What the runner is waiting for: at which card, which input kinds, and from whom. */
export const Waiting = z.strictObject({
  cardId: z.string(),
  accepts: z.array(RunInputKind).min(1),
  /** `visitor`: show the prompt and wait; `server`: perform the effect and report its result. */
  from: z.enum(["visitor", "server"]),
  /** Answer card: questions answered so far. */
  asked: z.number().int().min(0).optional(),
});
export type Waiting = z.infer<typeof Waiting>;

/** Cards visited are kept up to this many (the most recent), for drop-off reports. */
export const MAX_PATH = 1000;

/**
 * A conversation's position in its stream; the server stores it between steps.
 * `new`: only `start` is accepted. `waiting`: see `waiting`. `completed`: the stream ended (or
 * handed over to live chat). `failed`: the stream is broken (see `error`); nothing more happens.
 */
export const RunState = z.strictObject({
  status: z.enum(["new", "waiting", "completed", "failed"]),
  waiting: Waiting.optional(),
  /** Card ids in the order they were entered (the most recent MAX_PATH). */
  path: z.array(z.string()).max(MAX_PATH),
  /** Split card id → chosen branch id: a visitor stays in their A/B branch. */
  splits: z.record(z.string(), z.string()),
  /** The agent a meeting was booked with or a chat connected to, for `{{agent.*}}` tokens. */
  agent: z
    .strictObject({ id: z.string().optional(), name: z.string().optional(), email: z.string().optional() })
    .optional(),
  error: z.string().optional(),
});
export type RunState = z.infer<typeof RunState>;

export function initialRunState(): RunState {
  return { status: "new", path: [], splits: {} };
}
