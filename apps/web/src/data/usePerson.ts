import type { Person } from "@parley/protocol/people";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

export function usePerson(siteId: string, personId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).person(personId),
    queryFn: () => apiRequest<Person>("GET", `/api/sites/${siteId}/people/${personId}`),
  });
}
