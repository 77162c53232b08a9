import type { GoalCard } from "../../cards/goal";
import type { CardStep } from "../cardStep";

export const goalStep: CardStep<GoalCard> = {
  enter(card, session) {
    const goal = card.goal.trim();
    if (goal !== "") session.effect({ type: "markGoal", cardId: card.id, goal });
    if (card.score !== undefined) session.effect({ type: "setScore", cardId: card.id, score: card.score });
    return { next: card.next };
  },
};
