import type { CaptureCard } from "../../cards/capture";
import type { CardStep } from "../cardStep";
import { waitForVisitor } from "../cardStep";
import { validateCapture } from "../validateCapture";

export const captureStep: CardStep<CaptureCard> = {
  enter(card, session) {
    if (card.skipIfKnown && card.field && session.isFieldKnown(card.field)) return { next: card.next };
    session.say({
      type: "capture",
      cardId: card.id,
      text: session.render(card.text),
      kind: card.kind,
      ...(card.kind === "picklist" ? { options: [...(card.options ?? [])] } : {}),
      ...(card.placeholder ? { placeholder: card.placeholder } : {}),
    });
    return waitForVisitor("answer");
  },

  resume(card, input, _waiting, session) {
    if (input.kind !== "answer") return { invalid: "required" };
    const check = validateCapture(card, input.value);
    if (!check.ok) return { invalid: check.code };
    if (card.kind === "email")
      session.effect({ type: "identifyByEmail", cardId: card.id, email: String(check.value) });
    if (card.field) session.saveField(card.id, card.field, check.value, card.overwriteExisting === true);
    return { next: card.next };
  },
};
