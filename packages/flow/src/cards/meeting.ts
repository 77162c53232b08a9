import { z } from "zod";
import { NextCard } from "../cardId";
import { PersonFieldPath } from "../fieldPath";
import { CardText, cardBase } from "./cardBase";
import { Routing } from "./routing";

/** Shows open slots of the routed agent's calendar; branches on booked / not booked. */
export const MeetingCard = z.strictObject({
  ...cardBase,
  type: z.literal("meeting"),
  text: CardText.optional(),
  routing: Routing,
  /** Write the booked agent's name or email to a person field. */
  writeAgentTo: z.strictObject({ field: PersonFieldPath, value: z.enum(["name", "email"]) }).optional(),
  booked: NextCard,
  notBooked: NextCard,
});
export type MeetingCard = z.infer<typeof MeetingCard>;
