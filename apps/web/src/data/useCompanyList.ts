import type { CompanyPage } from "@parley/protocol/directory";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { type CompanyListKey, queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

/** A site's companies with their people counts, page by page. */
export function useCompanyList(siteId: string, query: CompanyListKey, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: queryKeys.site(siteId).companyList(query),
    queryFn: ({ pageParam }) =>
      apiRequest<CompanyPage>(
        "GET",
        `/api/sites/${siteId}/companies${queryString({ ...query, cursor: pageParam ?? undefined })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}
