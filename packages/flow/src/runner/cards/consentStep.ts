import type { ConsentCard } from "../../cards/consent";
import { isWebUrl } from "../../safeHref";
import { safeTextToPlain } from "../../text/safeText";
import type { CardStep } from "../cardStep";
import { waitForVisitor } from "../cardStep";

/** A privacy URL that is not http(s) is left out: the widget then links the site's policy. */
const privacyUrl = (card: ConsentCard) =>
  card.privacyUrl && isWebUrl(card.privacyUrl) ? card.privacyUrl : undefined;

export const consentStep: CardStep<ConsentCard> = {
  enter(card, session) {
    const url = privacyUrl(card);
    session.say({
      type: "consent",
      cardId: card.id,
      text: session.render(card.text),
      ...(url ? { privacyUrl: url } : {}),
      ...(card.acceptLabel ? { acceptLabel: card.acceptLabel } : {}),
      ...(card.declineLabel ? { declineLabel: card.declineLabel } : {}),
    });
    return waitForVisitor("consent");
  },

  resume(card, input, _waiting, session) {
    if (input.kind !== "consent") return { invalid: "invalid_choice" };
    const url = privacyUrl(card);
    session.effect({
      type: "recordConsent",
      cardId: card.id,
      accepted: input.accepted,
      // What the visitor saw, as words: the record must not depend on how it was styled.
      text: safeTextToPlain(session.render(card.text)),
      ...(url ? { privacyUrl: url } : {}),
      at: session.context.now,
    });
    return { next: input.accepted ? card.accepted : card.declined };
  },
};
