import { z } from "zod";
import { CardId } from "../cardId";

/** Fields every card has: its id, an optional name shown in the designer, and its place on the canvas. */
export const cardBase = {
  id: CardId,
  name: z.string().max(120).optional(),
  position: z.strictObject({ x: z.number(), y: z.number() }).optional(),
};

/** Text the bot says; tokens and light formatting allowed (see text/renderText). */
export const CardText = z.string().max(5000);
/** A short plain label: buttons, titles. */
export const Label = z.string().max(200);
