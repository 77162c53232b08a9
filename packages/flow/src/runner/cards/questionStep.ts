import type { QuestionCard } from "../../cards/question";
import type { CardStep } from "../cardStep";
import { waitForVisitor } from "../cardStep";
import { DEFAULT_TEXT_MAX_LENGTH } from "../validateCapture";

export const questionStep: CardStep<QuestionCard> = {
  enter(card, session) {
    session.say({
      type: "question",
      cardId: card.id,
      text: session.render(card.text),
      buttons: card.answers.map((a) => ({ id: a.id, label: session.plain(a.label), value: a.value })),
      allowFreeText: card.allowFreeText === true,
    });
    return waitForVisitor("answer");
  },

  resume(card, input, _waiting, session) {
    if (input.kind !== "answer") return { invalid: "invalid_choice" };
    const value = input.value.trim();
    if (value === "") return { invalid: "required" };
    // The widget sends a button's value; someone typing a button's label or value counts as that button.
    const lower = value.toLowerCase();
    const answer =
      card.answers.find((a) => a.value === value) ??
      card.answers.find((a) => a.value.toLowerCase() === lower || a.label.trim().toLowerCase() === lower);
    if (!answer && !card.allowFreeText) return { invalid: "invalid_choice" };
    if (!answer && value.length > DEFAULT_TEXT_MAX_LENGTH) return { invalid: "too_long" };
    if (card.saveTo) session.saveField(card.id, card.saveTo, answer ? answer.value : value, true);
    return { next: answer?.next ?? card.next };
  },
};
