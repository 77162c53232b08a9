import type { MeetingCard } from "../../cards/meeting";
import type { CardStep } from "../cardStep";
import { waitForServer } from "../cardStep";

export const meetingStep: CardStep<MeetingCard> = {
  enter(card, session) {
    session.say({
      type: "meeting",
      cardId: card.id,
      routing: card.routing,
      ...(card.text ? { text: session.render(card.text) } : {}),
    });
    session.effect({ type: "offerMeetingSlots", cardId: card.id, routing: card.routing, reason: "card" });
    return waitForServer("meetingResult");
  },

  resume(card, input, _waiting, session) {
    if (input.kind !== "meetingResult") return { invalid: "invalid_choice" };
    if (!input.booked) return { next: card.notBooked };
    if (input.agent) session.state.agent = { ...input.agent };
    const written = card.writeAgentTo ? input.agent?.[card.writeAgentTo.value] : undefined;
    if (card.writeAgentTo && written) session.saveField(card.id, card.writeAgentTo.field, written, true);
    return { next: card.booked };
  },
};
