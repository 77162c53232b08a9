import { z } from "zod";
import { NextCard } from "../cardId";
import { CardText, cardBase, Label } from "./cardBase";

/** Asks for consent; the answer is recorded with the time and the text shown. */
export const ConsentCard = z.strictObject({
  ...cardBase,
  type: z.literal("consent"),
  text: CardText,
  /** Absent means the site's privacy-policy URL. */
  privacyUrl: z.string().max(2000).optional(),
  acceptLabel: Label.optional(),
  declineLabel: Label.optional(),
  accepted: NextCard,
  declined: NextCard,
});
export type ConsentCard = z.infer<typeof ConsentCard>;
