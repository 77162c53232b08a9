import { z } from "zod";
import { Id } from "./common";
import { ConversationStatus } from "./conversationMessage";
import { ConversationSummary, Cursor, Limit } from "./directory";

/**
 * The site's conversations, newest first, keyset-paged by (started at, id): pass the previous
 * page's `nextCursor`. Filters narrow the same order, so a cursor is valid with the filters it came with.
 */
export const ConversationListQuery = z.strictObject({
  status: ConversationStatus.optional(),
  dialogueId: Id.optional(),
  personId: Id.optional(),
  visitorId: Id.optional(),
  /** Started at or after this instant (ISO 8601). */
  since: z.iso.datetime({ offset: true }).optional(),
  /** Started before this instant. */
  until: z.iso.datetime({ offset: true }).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export const ConversationListItem = ConversationSummary.extend({ visitorId: Id, personId: Id.nullable() });
export type ConversationListItem = z.infer<typeof ConversationListItem>;

export const ConversationPage = z.object({
  items: z.array(ConversationListItem),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type ConversationPage = z.infer<typeof ConversationPage>;
