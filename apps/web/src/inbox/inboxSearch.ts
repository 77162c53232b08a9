import { INBOX_VIEWS, LIVE_CHAT_STATUSES } from "@parley/protocol/liveChat";
import { z } from "zod";
import type { InboxListKey } from "../api/queryKeys";
import { localDayStart } from "../people/localDay";
import { day, oneOf, text } from "../people/peopleSearch";

/**
 * The inbox's list, filters and step (narrow screens) as they sit in the URL: a filtered list is a
 * link one can share, and Back goes to the previous view. Values that do not fit are dropped.
 */
export const InboxSearch = z.object({
  view: oneOf(INBOX_VIEWS),
  q: text(200),
  kind: oneOf(["live", "bot"]),
  chatStatus: oneOf(LIVE_CHAT_STATUSES),
  agentId: text(64),
  /** Local days, both inclusive. */
  from: day,
  to: day,
  /** Narrow screens show one column at a time: the visitor panel instead of the conversation. */
  panel: oneOf(["visitor"]),
});
export type InboxSearch = z.infer<typeof InboxSearch>;

/**
 * The list query for the URL: "My chats" and "Queue" take no filters; "All conversations" takes
 * them, with local days turned into instants (the "to" day included). Defaults are left out so that
 * equal lists share one cache entry.
 */
export function inboxQueryOf(search: InboxSearch): InboxListKey {
  const view = search.view ?? "mine";
  if (view !== "all") return { view };
  const query: InboxListKey = { view };
  const q = search.q?.trim();
  if (q) query.q = q;
  if (search.kind) query.kind = search.kind;
  if (search.chatStatus) query.chatStatus = search.chatStatus;
  if (search.agentId) query.agentId = search.agentId;
  const from = search.from ? localDayStart(search.from) : null;
  const to = search.to ? localDayStart(search.to, 1) : null;
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** How many filters narrow "All conversations" (the search box not counted). */
export function inboxFilterCount(search: InboxSearch): number {
  const query = inboxQueryOf({ ...search, view: "all", q: undefined });
  return [query.kind, query.chatStatus, query.agentId, query.from ?? query.to].filter(Boolean).length;
}
