import type {
  CannedResponse,
  CreateCannedResponseBody,
  UpdateCannedResponseBody,
} from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

type CannedResponseList = { items: CannedResponse[] };

const listPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/canned-responses`;
const itemPath = (siteId: string, id: string) => `${listPath(siteId)}/${encodeURIComponent(id)}`;

/** The site's canned responses (the inbox's `/shortcut` picker and the settings list share it). */
export function useCannedResponses(siteId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.site(siteId).cannedResponses,
    queryFn: () => apiRequest<CannedResponseList>("GET", listPath(siteId)),
    select: (list) => list.items,
    enabled,
  });
}

/** Create, edit and delete; each refreshes the site's list. A taken shortcut answers 409. */
export function useCannedResponseMutations(siteId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).cannedResponses });
  return {
    create: useMutation({
      mutationFn: (body: z.input<typeof CreateCannedResponseBody>) =>
        apiRequest<CannedResponse>("POST", listPath(siteId), body),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: z.input<typeof UpdateCannedResponseBody> & { id: string }) =>
        apiRequest<CannedResponse>("PATCH", itemPath(siteId, id), body),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => apiRequest<void>("DELETE", itemPath(siteId, id)),
      onSuccess: refresh,
    }),
  };
}
