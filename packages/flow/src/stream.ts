import { z } from "zod";
import { Card } from "./card";
import { CardId } from "./cardId";
import { STREAM_SCHEMA_VERSION } from "./schemaVersion";
import { StreamTranslations } from "./translations";

export const MAX_CARDS = 500;

/**
 * A stream: a directed graph of cards. Edges live on the cards (`next`, per-answer `next`,
 * `booked`/`notBooked`, branch lists …; see cardEdges). This schema checks shape only;
 * validateStream checks everything that must hold before publishing.
 */
export const Stream = z.strictObject({
  schemaVersion: z.literal(STREAM_SCHEMA_VERSION),
  startCardId: CardId,
  cards: z.array(Card).max(MAX_CARDS),
  /** The stream's texts in other languages (product §11); the visitor gets theirs when present. */
  translations: StreamTranslations.optional(),
});
export type Stream = z.infer<typeof Stream>;
