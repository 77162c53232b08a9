import type { ContentCard } from "../../cards/content";
import { isWebUrl } from "../../safeHref";
import type { CardStep } from "../cardStep";

/** Offers the document or page; a URL that is not http(s) is never offered (the card is passed over). */
export const contentStep: CardStep<ContentCard> = {
  enter(card, session) {
    if (!isWebUrl(card.url)) return { next: card.next };
    const title = session.plain(card.title);
    session.say({
      type: "content",
      cardId: card.id,
      title,
      url: card.url,
      kind: card.kind,
      ...(card.text ? { text: session.render(card.text) } : {}),
    });
    session.effect({ type: "recordContentOffer", cardId: card.id, title, url: card.url, kind: card.kind });
    return { next: card.next };
  },
};
