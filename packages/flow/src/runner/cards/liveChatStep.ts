import type { LiveChatCard } from "../../cards/liveChat";
import type { CardStep } from "../cardStep";
import { waitForServer } from "../cardStep";

/**
 * Hands over to a human. Connected: the bot's part is over (completed). Nobody available: the
 * fallback text, then either a meeting offer (same routing) or the end. Never continues to
 * another card.
 */
export const liveChatStep: CardStep<LiveChatCard> = {
  enter(card, session) {
    session.say({
      type: "liveChat",
      cardId: card.id,
      ...(card.text ? { text: session.render(card.text) } : {}),
    });
    session.effect({ type: "routeLiveChat", cardId: card.id, routing: card.routing });
    return waitForServer("liveChatResult");
  },

  resume(card, input, _waiting, session) {
    if (input.kind === "meetingResult") {
      if (input.booked && input.agent) session.state.agent = { ...input.agent };
      return { next: null };
    }
    if (input.kind !== "liveChatResult") return { invalid: "invalid_choice" };
    if (input.outcome === "connected") {
      if (input.agent) session.state.agent = { ...input.agent };
      return { next: null };
    }
    session.say({
      type: "liveChatUnavailable",
      cardId: card.id,
      text: card.fallbackMessage?.trim() ? session.render(card.fallbackMessage) : null,
    });
    if (!card.offerMeetingOnFallback) return { next: null };
    session.say({ type: "meeting", cardId: card.id, routing: card.routing });
    session.effect({
      type: "offerMeetingSlots",
      cardId: card.id,
      routing: card.routing,
      reason: "liveChatFallback",
    });
    return waitForServer("meetingResult");
  },
};
