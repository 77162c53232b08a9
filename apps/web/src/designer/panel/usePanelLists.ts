import type { Dialogue } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { useFields } from "../../data/useFields";
import { useRoutingRules } from "../../data/useRoutingRules";
import { useSiteAgents } from "../../data/useSiteAgents";
import { useTeams } from "../../data/useTeams";

export interface SegmentSummary {
  id: string;
  name: string;
}

const site = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

/** Everything the card editors pick from, from the site's existing APIs (shared query cache). */
export function usePanelLists(siteId: string) {
  const keys = queryKeys.site(siteId);
  return {
    fields: useFields(siteId),
    agents: useSiteAgents(siteId),
    teams: useTeams(),
    rules: useRoutingRules(siteId),
    segments: useQuery({
      queryKey: keys.segments,
      queryFn: () => apiRequest<SegmentSummary[]>("GET", `${site(siteId)}/segments`),
    }),
    flows: useQuery({
      queryKey: keys.dialogueList("flow"),
      queryFn: () => apiRequest<Dialogue[]>("GET", `${site(siteId)}/dialogues?kind=flow`),
    }),
    dialogues: useQuery({
      queryKey: keys.dialogueList("dialogue"),
      queryFn: () => apiRequest<Dialogue[]>("GET", `${site(siteId)}/dialogues?kind=dialogue`),
    }),
  };
}

export type PanelLists = ReturnType<typeof usePanelLists>;
