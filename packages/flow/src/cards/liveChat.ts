import { z } from "zod";
import { NextCard } from "../cardId";
import { CardText, cardBase } from "./cardBase";
import { Routing } from "./routing";

/**
 * Hands the visitor to a human. Always the last card of its branch: what happens when nobody is
 * available is configured here (fallback text, meeting offer). `next` is never valid: it exists so
 * that the designer can keep a card a marketer connected after the live chat, and validation can
 * point at it (`live_chat_not_last`); publishing refuses it and the runner never follows it.
 */
export const LiveChatCard = z.strictObject({
  ...cardBase,
  type: z.literal("liveChat"),
  text: CardText.optional(),
  routing: Routing,
  /** Said when nobody accepts; absent means the widget's standard (translated) text. */
  fallbackMessage: CardText.optional(),
  /** When nobody accepts, offer a meeting with the same routing. */
  offerMeetingOnFallback: z.boolean().optional(),
  /** Not allowed (see above); only drafts hold it. */
  next: NextCard,
});
export type LiveChatCard = z.infer<typeof LiveChatCard>;
