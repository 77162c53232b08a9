import type { FieldDefinition } from "@parley/protocol/fields";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The site's person and company field definitions, standard ones first. */
export function useFields(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).fields,
    queryFn: () => apiRequest<FieldDefinition[]>("GET", `/api/sites/${siteId}/fields`),
  });
}
