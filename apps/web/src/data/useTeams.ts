import type { Team } from "@parley/protocol/teams";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

export function useTeams(enabled = true) {
  return useQuery({
    queryKey: queryKeys.teams,
    queryFn: () => apiRequest<Team[]>("GET", "/api/teams"),
    enabled,
  });
}
