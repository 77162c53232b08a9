import type { AppContext } from "../../api/context";
import { offerQueuedChats } from "../routing/offerQueuedChats";
import { listAgentStates } from "./listAgentStates";
import { presentAgentSummary } from "./presentAgentSummary";
import { readLiveChatSettings } from "./readLiveChatSettings";
import { sitesOfAgent } from "./sitesOfAgent";

/**
 * After a committed change to an agent's state (heartbeat, toggle, limit): tells every site the
 * agent reaches (`agent.presence`), and where they can take a chat now, offers that site's queued
 * chats. Resolves to the sites where the agent is eligible.
 */
export async function announceAgentPresence(ctx: AppContext, userId: string): Promise<string[]> {
  const { db } = ctx.store;
  const eligibleOn: string[] = [];
  for (const siteId of await sitesOfAgent(db, userId)) {
    const settings = await readLiveChatSettings(db, siteId);
    const [row] = await listAgentStates(db, ctx.presence, siteId, settings, [userId]);
    if (!row) continue;
    await ctx.bus.publish({
      channel: `site:${siteId}`,
      name: "agent.presence",
      data: presentAgentSummary(row),
    });
    if (row.eligible) eligibleOn.push(siteId);
  }
  for (const siteId of eligibleOn) await offerQueuedChats(ctx, siteId);
  return eligibleOn;
}
