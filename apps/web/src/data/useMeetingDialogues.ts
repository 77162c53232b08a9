import type { Dialogue } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";

/** The site's dialogues by name, for the meetings list's dialogue filter (needs dialogues.view). */
export function useMeetingDialogues(siteId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["site", siteId, "dialogues", "names"] as const,
    queryFn: () => apiRequest<Dialogue[]>("GET", `/api/sites/${encodeURIComponent(siteId)}/dialogues`),
    select: (list) => list.map((d) => ({ id: d.id, name: d.name })),
    enabled,
  });
}
