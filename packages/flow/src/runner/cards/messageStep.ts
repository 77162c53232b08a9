import type { MessageCard } from "../../cards/message";
import { isWebUrl } from "../../safeHref";
import type { CardStep } from "../cardStep";

/** Says the text; shows the image only if its URL is http(s) (an unvalidated draft may hold anything). */
export const messageStep: CardStep<MessageCard> = {
  enter(card, session) {
    const image = card.image && isWebUrl(card.image.url) ? card.image : undefined;
    session.say({
      type: "message",
      cardId: card.id,
      text: session.render(card.text),
      ...(image ? { image: { url: image.url, ...(image.alt ? { alt: image.alt } : {}) } } : {}),
    });
    return { next: card.next };
  },
};
