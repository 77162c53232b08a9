import { z } from "zod";
import { NextCard } from "../cardId";
import { CardText, cardBase, Label } from "./cardBase";

/** Offers a document or a page; the widget reports opens and downloads. Continues by itself. */
export const ContentCard = z.strictObject({
  ...cardBase,
  type: z.literal("content"),
  text: CardText.optional(),
  title: Label,
  url: z.string().max(2000),
  kind: z.enum(["pdf", "page"]),
  next: NextCard,
});
export type ContentCard = z.infer<typeof ContentCard>;
