import type { CompanyListQuery, CompanyPage } from "@parley/protocol/directory";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

export type CompanyListKey = Partial<Omit<CompanyListQuery, "cursor">>;

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
