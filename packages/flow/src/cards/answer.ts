import { z } from "zod";
import { NextCard } from "../cardId";
import { CardText, cardBase } from "./cardBase";

/**
 * The visitor types questions; each is answered from the site's answer library (searched by
 * the server). After `maxQuestions` answered questions, or when the visitor is done, `matched`;
 * when a question finds nothing, the fallback message and `noMatch`.
 */
export const AnswerCard = z.strictObject({
  ...cardBase,
  type: z.literal("answer"),
  text: CardText,
  /** Asked before each further question; absent means `text` again. */
  followUpText: CardText.optional(),
  maxQuestions: z.number().int().min(1).max(20).optional(),
  /** Said when nothing matched; absent means the widget's standard (translated) text. */
  fallbackMessage: CardText.optional(),
  matched: NextCard,
  noMatch: NextCard,
});
export type AnswerCard = z.infer<typeof AnswerCard>;

export const DEFAULT_MAX_QUESTIONS = 3;
