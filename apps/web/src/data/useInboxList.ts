import type { InboxPage } from "@parley/protocol/liveChat";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { type InboxListKey, queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

/**
 * One of the inbox's lists (my chats, the queue, all conversations), page by page. Realtime events
 * patch and refresh these entries; while a new filter loads, the previous rows stay on screen.
 */
export function useInboxList(siteId: string, query: InboxListKey) {
  return useInfiniteQuery({
    queryKey: queryKeys.site(siteId).inboxList(query),
    queryFn: ({ pageParam }) =>
      apiRequest<InboxPage>(
        "GET",
        `/api/sites/${siteId}/inbox${queryString({ ...query, cursor: pageParam ?? undefined })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}
