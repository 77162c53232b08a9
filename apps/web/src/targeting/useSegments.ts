import type { Segment } from "@parley/protocol/library";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

export type SavedSegment = z.infer<typeof Segment>;

const path = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/segments`;

/** The site's saved audiences, by name. */
export function useSegments(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).segments,
    queryFn: () => apiRequest<SavedSegment[]>("GET", path(siteId)),
  });
}

/** Create (no id), rename / change conditions (id), or delete a segment; the list is refreshed after. */
export function useSegmentMutations(siteId: string) {
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: queryKeys.site(siteId).segments });
  const save = useMutation({
    mutationFn: ({ id, ...body }: { id?: string; name?: string; conditions?: unknown }) =>
      id
        ? apiRequest<SavedSegment>("PATCH", `${path(siteId)}/${encodeURIComponent(id)}`, body)
        : apiRequest<SavedSegment>("POST", path(siteId), body),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      apiRequest<{ ok: true }>("DELETE", `${path(siteId)}/${encodeURIComponent(id)}`),
    onSuccess,
  });
  return { save, remove };
}
