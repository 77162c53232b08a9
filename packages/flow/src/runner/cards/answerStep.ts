import type { AnswerCard } from "../../cards/answer";
import { DEFAULT_MAX_QUESTIONS } from "../../cards/answer";
import type { CardStep, Wait } from "../cardStep";
import { DEFAULT_TEXT_MAX_LENGTH } from "../validateCapture";

/**
 * Visitor asks → server searches the answer library → the best match is said. Repeats up to
 * `maxQuestions` answered questions (the visitor may stop earlier with `done`), then `matched`.
 * A question that finds nothing ends the card on `noMatch` after the fallback text.
 */
export const answerStep: CardStep<AnswerCard> = {
  enter(card, session) {
    session.say({ type: "answerPrompt", cardId: card.id, text: session.render(card.text), canFinish: false });
    return { wait: { accepts: ["answer"], from: "visitor", asked: 0 } };
  },

  resume(card, input, waiting, session) {
    const asked = waiting.asked ?? 0;
    switch (input.kind) {
      case "done":
        return { next: card.matched };
      case "answer": {
        const query = input.value.trim();
        if (query === "") return { invalid: "required" };
        if (query.length > DEFAULT_TEXT_MAX_LENGTH) return { invalid: "too_long" };
        session.effect({ type: "searchAnswers", cardId: card.id, query });
        return { wait: { accepts: ["answersFound"], from: "server", asked } };
      }
      case "answersFound": {
        const best = input.matches[0];
        if (!best) {
          const fallback = card.fallbackMessage?.trim() ? session.render(card.fallbackMessage) : null;
          session.say({ type: "noAnswer", cardId: card.id, text: fallback });
          return { next: card.noMatch };
        }
        session.say({ type: "message", cardId: card.id, text: session.render(best.answer) });
        if (asked + 1 >= (card.maxQuestions ?? DEFAULT_MAX_QUESTIONS)) return { next: card.matched };
        const text = session.render(card.followUpText?.trim() ? card.followUpText : card.text);
        session.say({ type: "answerPrompt", cardId: card.id, text, canFinish: true });
        const wait: Wait = { wait: { accepts: ["answer", "done"], from: "visitor", asked: asked + 1 } };
        return wait;
      }
      default:
        return { invalid: "invalid_choice" };
    }
  },
};
