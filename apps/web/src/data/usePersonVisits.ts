import type { VisitList } from "@parley/protocol/directory";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The visits of every visitor linked to the person, newest first. */
export function usePersonVisits(siteId: string, personId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).personVisits(personId),
    queryFn: () =>
      apiRequest<z.infer<typeof VisitList>>("GET", `/api/sites/${siteId}/people/${personId}/visits`),
  });
}
