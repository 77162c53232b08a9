import { z } from "zod";
import { NextCard } from "../cardId";
import { CardText, cardBase } from "./cardBase";

/** The bot says something (and optionally shows an image), then continues by itself. */
export const MessageCard = z.strictObject({
  ...cardBase,
  type: z.literal("message"),
  text: CardText,
  image: z.strictObject({ url: z.string().max(2000), alt: z.string().max(300).optional() }).optional(),
  next: NextCard,
});
export type MessageCard = z.infer<typeof MessageCard>;
