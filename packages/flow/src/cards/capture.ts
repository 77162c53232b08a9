import { z } from "zod";
import { NextCard } from "../cardId";
import { FieldPath } from "../fieldPath";
import { CardText, cardBase, Label } from "./cardBase";

export const CAPTURE_KINDS = ["email", "phone", "text", "number", "picklist"] as const;
export const CaptureKind = z.enum(CAPTURE_KINDS);
export type CaptureKind = z.infer<typeof CaptureKind>;

/** Extra checks beyond the kind's own (email syntax, phone format, number). */
export const CaptureValidation = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().min(1).max(5000).optional(),
});
export type CaptureValidation = z.infer<typeof CaptureValidation>;

/** Asks for one value, validates it and saves it to a field. An email answer identifies the visitor. */
export const CaptureCard = z.strictObject({
  ...cardBase,
  type: z.literal("capture"),
  text: CardText,
  kind: CaptureKind,
  /** Picklist choices. */
  options: z.array(Label).max(200).optional(),
  placeholder: Label.optional(),
  validation: CaptureValidation.optional(),
  field: FieldPath.optional(),
  /** Replace a value the field already has. Default false: a known value is kept. */
  overwriteExisting: z.boolean().optional(),
  /** Skip the card when the field already has a value. */
  skipIfKnown: z.boolean().optional(),
  next: NextCard,
});
export type CaptureCard = z.infer<typeof CaptureCard>;
