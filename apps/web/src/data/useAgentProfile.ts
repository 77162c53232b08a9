import type { AgentProfile } from "@parley/protocol/liveChat";
import type { z } from "zod";
import type { UpdateAgentProfileBody } from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { isAgentsKey } from "./useSiteAgents";

/** The signed-in user's agent profile: state, availability toggle, schedule, limit, avatar. */
export function useAgentProfile(enabled = true) {
  return useQuery({
    queryKey: queryKeys.agentProfile,
    queryFn: () => apiRequest<AgentProfile>("GET", "/api/agents/me"),
    enabled,
  });
}

/** The availability toggle: overrides the schedule until its next block or local midnight. */
export function useSetAvailability() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (availability: "available" | "away") =>
      apiRequest<AgentProfile>("PUT", "/api/agents/me/availability", { availability }),
    onSuccess: (profile) => client.setQueryData(queryKeys.agentProfile, profile),
  });
}

export function useUpdateAgentProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateAgentProfileBody>) =>
      apiRequest<AgentProfile>("PATCH", "/api/agents/me", body),
    onSuccess: (profile) => client.setQueryData(queryKeys.agentProfile, profile),
  });
}

/**
 * Sets (a data URL, checked in the browser first: see agent/avatarProblem) or removes an agent's
 * avatar: one's own, or anyone's with agents.manage. Refreshes the own profile and the agent lists.
 */
export function useAgentAvatar(agentId: string) {
  const client = useQueryClient();
  const path = `/api/agents/${encodeURIComponent(agentId)}/avatar`;
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: queryKeys.agentProfile });
    await client.invalidateQueries({ queryKey: ["site"], predicate: isAgentsKey });
  };
  return {
    upload: useMutation({
      mutationFn: (image: string) => apiRequest<unknown>("PUT", path, { image }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: () => apiRequest<unknown>("DELETE", path),
      onSuccess: refresh,
    }),
  };
}
