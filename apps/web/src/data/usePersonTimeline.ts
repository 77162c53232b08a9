import type { TimelinePage } from "@parley/protocol/directory";
import { useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

/** The person's activities, newest first, page by page. */
export function usePersonTimeline(siteId: string, personId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.site(siteId).personTimeline(personId),
    queryFn: ({ pageParam }) =>
      apiRequest<TimelinePage>(
        "GET",
        `/api/sites/${siteId}/people/${personId}/timeline${queryString({ limit: 20, cursor: pageParam })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
