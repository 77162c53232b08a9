import { z } from "zod";
import { NextCard } from "../cardId";
import { FieldPath } from "../fieldPath";
import { cardBase } from "./cardBase";

/** Invisible: sets a person or company field to a value; tokens (`{{visitor.utm.source}}`) are resolved. */
export const ActionCard = z.strictObject({
  ...cardBase,
  type: z.literal("action"),
  field: FieldPath.optional(),
  value: z.string().max(2000),
  next: NextCard,
});
export type ActionCard = z.infer<typeof ActionCard>;
