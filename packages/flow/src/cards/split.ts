import { z } from "zod";
import { CardId, NextCard } from "../cardId";
import { cardBase, Label } from "./cardBase";

export const SplitBranch = z.strictObject({
  id: CardId,
  name: Label.optional(),
  /** A positive integer; the chance of a branch is its weight over the sum. */
  weight: z.number(),
  next: NextCard,
});
export type SplitBranch = z.infer<typeof SplitBranch>;

/** A/B test: sends each conversation down one branch at random, by weight; the choice sticks. */
export const SplitCard = z.strictObject({
  ...cardBase,
  type: z.literal("split"),
  branches: z.array(SplitBranch).max(10),
});
export type SplitCard = z.infer<typeof SplitCard>;
