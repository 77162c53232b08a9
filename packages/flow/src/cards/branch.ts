import { z } from "zod";
import { CardId, NextCard } from "../cardId";
import { ConditionGroup } from "../conditions/condition";
import { cardBase, Label } from "./cardBase";

export const ConditionalBranch = z.strictObject({
  id: CardId,
  name: Label.optional(),
  conditions: ConditionGroup,
  next: NextCard,
});
export type ConditionalBranch = z.infer<typeof ConditionalBranch>;

/** Invisible: the first branch whose conditions hold wins; otherwise `elseNext`. */
export const BranchCard = z.strictObject({
  ...cardBase,
  type: z.literal("branch"),
  branches: z.array(ConditionalBranch).max(20),
  elseNext: NextCard,
});
export type BranchCard = z.infer<typeof BranchCard>;
