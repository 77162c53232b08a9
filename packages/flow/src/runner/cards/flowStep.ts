import type { FlowCard } from "../../cards/flow";
import type { CardStep } from "../cardStep";
import { waitForServer } from "../cardStep";

/** The server runs the reusable flow as its own stream and reports `flowFinished` when it ends. */
export const flowStep: CardStep<FlowCard> = {
  enter(card, session) {
    const flowId = card.flowId.trim();
    if (flowId === "") return { next: card.next };
    session.effect({ type: "runFlow", cardId: card.id, flowId });
    return waitForServer("flowFinished");
  },

  resume(card) {
    return { next: card.next };
  },
};
