import type { Dialogue, FlowSettings, Targeting } from "@parley/protocol/dialogues";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

export interface TargetingPatch {
  targeting?: Targeting;
  schedule?: { start: string | null; end: string | null };
  flowSettings?: FlowSettings;
}

const path = (siteId: string, id: string) =>
  `/api/sites/${encodeURIComponent(siteId)}/dialogues/${encodeURIComponent(id)}`;

export function useTargetingDialogue(siteId: string, id: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).dialogue(id),
    queryFn: () => apiRequest<Dialogue>("GET", path(siteId, id)),
  });
}

/** Saves targeting, schedule and flow settings (never the draft: no revision check is needed). */
export function useSaveTargeting(siteId: string, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: TargetingPatch) => apiRequest<Dialogue>("PATCH", path(siteId, id), patch),
    onSuccess: (dialogue) => {
      client.setQueryData(queryKeys.site(siteId).dialogue(id), dialogue);
      return client.invalidateQueries({ queryKey: queryKeys.site(siteId).dialogues });
    },
  });
}
