import type { AgentAvailability, UpdateAvailabilityBody } from "@parley/protocol/meetings";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const path = (userId: string) => `/api/agents/${encodeURIComponent(userId)}/meeting-availability`;

/** A host's meeting availability (`me` or a user id); `configured` false means the defaults, never saved. */
export function useAvailability(userId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.availability(userId),
    queryFn: () => apiRequest<AgentAvailability>("GET", path(userId)),
    enabled,
  });
}

/**
 * Saves a host's availability; the answer replaces the cached one. The hosts lists (configured
 * badges) of every site are read again.
 */
export function useUpdateAvailability(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof UpdateAvailabilityBody>) =>
      apiRequest<AgentAvailability>("PUT", path(userId), body),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.availability(userId), saved);
      client.setQueryData(queryKeys.availability(saved.userId), saved);
      void client.invalidateQueries({ queryKey: ["site"], predicate: isMeetingHostsKey });
    },
  });
}

/** `["site", id, "meeting-hosts"]` of any site. */
export function isMeetingHostsKey(query: { queryKey: readonly unknown[] }): boolean {
  return query.queryKey[0] === "site" && query.queryKey[2] === "meeting-hosts";
}
