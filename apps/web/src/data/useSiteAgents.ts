import type { AgentProfile, AgentSummary, UpdateAgentProfileBody } from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** Every agent of the site (users who may answer live chats there), with state, load and limit. */
export function useSiteAgents(siteId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.site(siteId).agents,
    queryFn: () =>
      apiRequest<{ items: AgentSummary[] }>("GET", `/api/sites/${encodeURIComponent(siteId)}/agents`),
    select: (list) => list.items,
    enabled,
  });
}

/** An admin (agents.manage) changes another agent's limit; every site's agent list is refreshed. */
export function useUpdateAgent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: z.input<typeof UpdateAgentProfileBody> & { id: string }) =>
      apiRequest<AgentProfile>("PATCH", `/api/agents/${encodeURIComponent(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ["site"], predicate: isAgentsKey }),
  });
}

/** `["site", id, "agents"]` of any site. */
export function isAgentsKey(query: { queryKey: readonly unknown[] }): boolean {
  return query.queryKey[0] === "site" && query.queryKey[2] === "agents";
}
