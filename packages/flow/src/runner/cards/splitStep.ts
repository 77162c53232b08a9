import type { SplitCard } from "../../cards/split";
import type { CardStep } from "../cardStep";

const usable = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);

/** Chooses a branch by weight with the caller's random number; the choice is kept in the state. */
export const splitStep: CardStep<SplitCard> = {
  enter(card, session) {
    const chosenId = session.state.splits[card.id];
    const kept = card.branches.find((b) => b.id === chosenId);
    if (kept) return { next: kept.next };
    if (card.branches.length === 0) return { next: null };

    const total = card.branches.reduce((sum, b) => sum + usable(b.weight), 0);
    const raw = session.randomFor(card.id);
    const random = Number.isFinite(raw) ? Math.min(Math.max(raw, 0), 1 - Number.EPSILON) : 0;
    let remaining = random * total;
    let chosen = card.branches.find((b) => usable(b.weight) > 0) ?? card.branches[0]!;
    for (const branch of card.branches) {
      const weight = usable(branch.weight);
      if (weight > 0 && remaining < weight) {
        chosen = branch;
        break;
      }
      remaining -= weight;
    }
    session.state.splits[card.id] = chosen.id;
    session.effect({ type: "recordSplit", cardId: card.id, branchId: chosen.id });
    return { next: chosen.next };
  },
};
