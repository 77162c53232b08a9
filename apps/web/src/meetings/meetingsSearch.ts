import { MEETING_STATUSES } from "@parley/protocol/meetings";
import { z } from "zod";
import type { MeetingListKey } from "../api/queryKeys";
import { localDayStart } from "../people/localDay";
import { day, oneOf, text } from "../people/peopleSearch";

/** Rows per page of the meetings list. */
export const MEETINGS_PAGE_SIZE = 25;

/** The meetings list's filters and page as they sit in the URL (a filtered list is a link to share). */
export const MeetingsSearch = z.object({
  q: text(200),
  status: oneOf(MEETING_STATUSES),
  agentId: text(64),
  dialogueId: text(64),
  /** Local days (the viewer's), both inclusive. */
  from: day,
  to: day,
  /** 1-based. */
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type MeetingsSearch = z.infer<typeof MeetingsSearch>;

/**
 * What the list asks the server (and its query key): empty filters left out, local days as instants
 * (the "to" day included), the page as limit and offset.
 */
export function meetingsQueryOf(search: MeetingsSearch): MeetingListKey {
  const query: MeetingListKey = { limit: MEETINGS_PAGE_SIZE };
  const q = search.q?.trim();
  if (q) query.q = q;
  if (search.status) query.status = search.status;
  if (search.agentId) query.agentId = search.agentId;
  if (search.dialogueId) query.dialogueId = search.dialogueId;
  const from = search.from ? localDayStart(search.from) : null;
  const to = search.to ? localDayStart(search.to, 1) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  const page = search.page ?? 1;
  if (page > 1) query.offset = (page - 1) * MEETINGS_PAGE_SIZE;
  return query;
}

/** How many filters narrow the list (search and page not counted). */
export function meetingFilterCount(search: MeetingsSearch): number {
  return [search.status, search.agentId, search.dialogueId, search.from || search.to].filter(Boolean).length;
}
