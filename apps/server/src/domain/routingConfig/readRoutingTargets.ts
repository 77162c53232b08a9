import type { RoutingTargets } from "@parley/protocol/routingTargets";
import type { AppContext } from "../../api/context";
import { listAgentStates } from "../agents/listAgentStates";
import { listMeetingHosts } from "../availability/listMeetingHosts";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { listTeams } from "../teams/teamStore";
import { readRoutingRules } from "./readRoutingRules";

/** Agents and hosts of the site (each once, saying which they are), every team, the site's rules. */
export async function readRoutingTargets(ctx: AppContext, siteId: string): Promise<RoutingTargets> {
  const { db } = ctx.store;
  const [agents, hosts, teams, rules] = await Promise.all([
    readLiveChatSettings(db, siteId).then((settings) => listAgentStates(db, ctx.presence, siteId, settings)),
    listMeetingHosts(db, siteId),
    listTeams(db),
    readRoutingRules(db, siteId),
  ]);
  const byId = new Map<string, RoutingTargets["agents"][number]>();
  for (const a of agents)
    byId.set(a.id, { id: a.id, name: a.name, liveChat: true, meetings: false, teamIds: [...a.teamIds] });
  for (const h of hosts) {
    const known = byId.get(h.id);
    if (known) known.meetings = true;
    else byId.set(h.id, { id: h.id, name: h.name, liveChat: false, meetings: true, teamIds: [...h.teamIds] });
  }
  return {
    agents: [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)),
    teams: teams.map((t) => ({ id: t.id, name: t.name })),
    rules: rules.map((r) => ({ id: r.id, name: r.name })),
  };
}
