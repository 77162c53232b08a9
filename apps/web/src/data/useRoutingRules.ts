import type { CreateRoutingRuleBody, RoutingRule, UpdateRoutingRuleBody } from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

const listPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/routing-rules`;
const itemPath = (siteId: string, id: string) => `${listPath(siteId)}/${encodeURIComponent(id)}`;

/** The site's custom routing rules, lowest priority number (tried first) first. */
export function useRoutingRules(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).routingRules,
    queryFn: () => apiRequest<{ items: RoutingRule[] }>("GET", listPath(siteId)),
    select: (list) =>
      [...list.items].sort((a, b) => a.priority - b.priority || a.createdAt.localeCompare(b.createdAt)),
  });
}

/** Create, edit (also just a priority, when moving a rule), delete; each refreshes the list. */
export function useRoutingRuleMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).routingRules });
  return {
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateRoutingRuleBody>) =>
        apiRequest<RoutingRule>("POST", listPath(siteId), body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: z.input<typeof UpdateRoutingRuleBody> & { id: string }) =>
        apiRequest<RoutingRule>("PATCH", itemPath(siteId, id), body),
      onSuccess: refresh,
    }),
    /** Several priorities at once (a move); refreshes once after all of them. */
    reorder: useMutation({
      mutationFn: async (changes: readonly { id: string; priority: number }[]) => {
        for (const change of changes) {
          await apiRequest<RoutingRule>("PATCH", itemPath(siteId, change.id), { priority: change.priority });
        }
      },
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest<void>("DELETE", itemPath(siteId, id)),
      onSuccess: refresh,
    }),
  };
}
