import { z } from "zod";
import { CardId, NextCard } from "../cardId";
import { FieldPath } from "../fieldPath";
import { CardText, cardBase, Label } from "./cardBase";

/** One button: shows `label`, stores `value` (e.g. shows "Search Engine Optimization", stores "SEO"). */
export const QuestionAnswer = z.strictObject({
  id: CardId,
  label: Label,
  value: z.string().max(500),
  /** Where this answer leads; absent means the question's default `next`. */
  next: NextCard,
});
export type QuestionAnswer = z.infer<typeof QuestionAnswer>;

/** The bot asks; the visitor picks a button or, when allowed, types an answer. */
export const QuestionCard = z.strictObject({
  ...cardBase,
  type: z.literal("question"),
  text: CardText,
  answers: z.array(QuestionAnswer).max(20),
  allowFreeText: z.boolean().optional(),
  saveTo: FieldPath.optional(),
  /** Default next: free-text answers and buttons without their own edge. */
  next: NextCard,
});
export type QuestionCard = z.infer<typeof QuestionCard>;
