import type { Card } from "../card";
import type { NextCard } from "../cardId";
import type { RunInput } from "./runInput";
import type { Waiting } from "./runState";
import type { StepSession } from "./stepSession";
import type { InvalidAnswerCode } from "./validateCapture";

/** Go on to `next` (absent or null: the branch ends and the conversation completes). */
export type Continue = { next: NextCard };
/** Stop here until one of `accepts` arrives. */
export type Wait = { wait: Omit<Waiting, "cardId"> };
/** Refuse the input; the state stays exactly as it was. */
export type Refuse = { invalid: InvalidAnswerCode };

/** How the runner treats one card type: on arrival, and when an awaited input comes back. */
export interface CardStep<C extends Card> {
  enter(card: C, session: StepSession): Continue | Wait;
  /** Only for cards that wait. `waiting` is what the state was waiting for. */
  resume?(card: C, input: RunInput, waiting: Waiting, session: StepSession): Continue | Wait | Refuse;
}

export const waitForVisitor = (...accepts: Waiting["accepts"]): Wait => ({
  wait: { accepts, from: "visitor" },
});
export const waitForServer = (...accepts: Waiting["accepts"]): Wait => ({
  wait: { accepts, from: "server" },
});
