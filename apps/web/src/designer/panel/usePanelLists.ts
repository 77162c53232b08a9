import type { Dialogue } from "@parley/protocol/dialogues";
import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { useFields } from "../../data/useFields";
import type { RoutingTargets } from "@parley/protocol/routingTargets";

export interface SegmentSummary {
  id: string;
  name: string;
}

const site = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

/**
 * Everything the card editors pick from, from the site's APIs (shared query cache). Agents, teams
 * and rules come by name from `routing-targets`, which marketers may read (the agents', teams' and
 * rules' own lists need agents.manage or routing.manage).
 */
export function usePanelLists(siteId: string) {
  const keys = queryKeys.site(siteId);
  const targets = {
    queryKey: keys.routingTargets,
    queryFn: () => apiRequest<RoutingTargets>("GET", `${site(siteId)}/routing-targets`),
  };
  return {
    fields: useFields(siteId),
    agents: useQuery({ ...targets, select: (t: RoutingTargets) => t.agents }),
    teams: useQuery({ ...targets, select: (t: RoutingTargets) => t.teams }),
    rules: useQuery({ ...targets, select: (t: RoutingTargets) => t.rules }),
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
