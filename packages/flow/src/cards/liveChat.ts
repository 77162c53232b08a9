import { z } from "zod";
import { CardText, cardBase } from "./cardBase";
import { Routing } from "./routing";

/**
 * Hands the visitor to a human. Always the last card of its branch: it has no outgoing edge;
 * what happens when nobody is available is configured here (fallback text, meeting offer).
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
});
export type LiveChatCard = z.infer<typeof LiveChatCard>;
