import { z } from "zod";
import { NextCard } from "../cardId";
import { cardBase } from "./cardBase";

/** Runs a reusable conversational flow, then continues with `next`. */
export const FlowCard = z.strictObject({
  ...cardBase,
  type: z.literal("flow"),
  flowId: z.string().max(64),
  next: NextCard,
});
export type FlowCard = z.infer<typeof FlowCard>;
