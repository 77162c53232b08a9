import type { Site } from "@parley/protocol/sites";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The sites this user may reach, oldest first. */
export function useSites() {
  return useQuery({ queryKey: queryKeys.sites, queryFn: () => apiRequest<Site[]>("GET", "/api/sites") });
}
