import { z } from "zod";
import { Id } from "./common";
import { Cursor, Limit, TimelineEntry } from "./directory";

/**
 * The site's activities (product.md §8: triggered, engaged, completed, dropped, gave email, reached
 * goal, scheduled meeting, engaged with agent, opened content, gave consent…), newest first,
 * keyset-paged by (time, id).
 */
export const ActivityListQuery = z.strictObject({
  /** The activity type, e.g. `completed` or `email_given` (README: activities). */
  type: z.string().min(1).max(64).optional(),
  personId: Id.optional(),
  visitorId: Id.optional(),
  dialogueId: Id.optional(),
  /** At or after this instant (ISO 8601). */
  since: z.iso.datetime({ offset: true }).optional(),
  /** Before this instant. */
  until: z.iso.datetime({ offset: true }).optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

/** A timeline entry with who it belongs to. */
export const Activity = TimelineEntry.extend({ visitorId: Id.nullable(), personId: Id.nullable() });
export type Activity = z.infer<typeof Activity>;

export const ActivityPage = z.object({
  items: z.array(Activity),
  /** Null on the last page. */
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof ActivityPage>;
