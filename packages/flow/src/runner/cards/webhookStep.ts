import type { WebhookCard } from "../../cards/webhook";
import { lookupPath } from "../../lookupPath";
import { isHttpsUrl } from "../../safeHref";
import type { CardStep } from "../cardStep";
import { waitForServer } from "../cardStep";

const MAX_MAPPED_LENGTH = 2000;

export const webhookStep: CardStep<WebhookCard> = {
  enter(card, session) {
    // Never ask the server to call anything but https (an unvalidated draft may hold anything).
    if (!isHttpsUrl(card.url)) return { next: card.failure };
    session.effect({ type: "callWebhook", cardId: card.id, url: card.url });
    return waitForServer("webhookResult");
  },

  resume(card, input, _waiting, session) {
    if (input.kind !== "webhookResult") return { invalid: "invalid_choice" };
    if (!input.ok) return { next: card.failure };
    for (const mapping of card.responseMapping ?? []) {
      const value = lookupPath(input.body, mapping.path);
      if (typeof value === "number" && Number.isFinite(value))
        session.saveField(card.id, mapping.field, value, true);
      else if (typeof value === "string" && value.length <= MAX_MAPPED_LENGTH)
        session.saveField(card.id, mapping.field, value, true);
      else if (typeof value === "boolean") session.saveField(card.id, mapping.field, String(value), true);
    }
    return { next: card.success };
  },
};
