import type { BranchCard } from "../../cards/branch";
import { evaluateConditions } from "../../conditions/evaluateConditions";
import type { CardStep } from "../cardStep";

export const branchStep: CardStep<BranchCard> = {
  enter(card, session) {
    const context = session.conditions();
    const match = card.branches.find((branch) => evaluateConditions(branch.conditions, context));
    return { next: match ? match.next : card.elseNext };
  },
};
