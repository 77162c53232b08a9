import type { ActionCard } from "../../cards/action";
import type { CardStep } from "../cardStep";

export const actionStep: CardStep<ActionCard> = {
  enter(card, session) {
    if (card.field) session.saveField(card.id, card.field, session.plain(card.value), true);
    return { next: card.next };
  },
};
