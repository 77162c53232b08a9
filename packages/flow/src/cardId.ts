import { z } from "zod";

/** A card's id inside its stream: short, stable, safe in URLs and CSS selectors. */
export const CardId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must hold only letters, digits, _ and -");
export type CardId = z.infer<typeof CardId>;

/**
 * An outgoing edge: the id of the card that comes next. Absent or null means "end of this
 * branch" (the conversation completes there). The designer stores null when an edge is removed.
 */
export const NextCard = CardId.nullable().optional();
export type NextCard = z.infer<typeof NextCard>;
