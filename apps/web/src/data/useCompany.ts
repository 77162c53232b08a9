import type { Company } from "@parley/protocol/people";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

export function useCompany(siteId: string, companyId: string | null) {
  return useQuery({
    queryKey: queryKeys.site(siteId).company(companyId ?? ""),
    queryFn: () => apiRequest<Company>("GET", `/api/sites/${siteId}/companies/${companyId}`),
    enabled: companyId !== null,
  });
}
