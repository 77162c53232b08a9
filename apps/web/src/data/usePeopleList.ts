import type { PersonPage } from "@parley/protocol/directory";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { type PeopleListKey, queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

/**
 * A site's people, page by page ("Load more" fetches the next cursor). The realtime client patches
 * and refreshes these entries when people change, so an open list stays current. While a new filter
 * loads, the previous rows stay on screen.
 */
export function usePeopleList(siteId: string, query: PeopleListKey) {
  return useInfiniteQuery({
    queryKey: queryKeys.site(siteId).peopleList(query),
    queryFn: ({ pageParam }) =>
      apiRequest<PersonPage>(
        "GET",
        `/api/sites/${siteId}/people${queryString({ ...query, cursor: pageParam ?? undefined })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}
