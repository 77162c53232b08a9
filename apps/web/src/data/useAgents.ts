import type { AgentSummaryList } from "@parley/protocol/liveChat";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The site's agents in round-robin order, with state, load and limit; `agent.presence` keeps it current. */
export function useAgents(siteId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.site(siteId).agents,
    queryFn: () => apiRequest<z.infer<typeof AgentSummaryList>>("GET", `/api/sites/${siteId}/agents`),
    select: (list) => list.items,
    enabled,
  });
}
