import { z } from "zod";
import { NextCard } from "../cardId";
import { cardBase, Label } from "./cardBase";

/** Invisible: marks a goal reached and can set the conversation score (0–3). */
export const GoalCard = z.strictObject({
  ...cardBase,
  type: z.literal("goal"),
  goal: Label,
  score: z.number().int().min(0).max(3).optional(),
  next: NextCard,
});
export type GoalCard = z.infer<typeof GoalCard>;
