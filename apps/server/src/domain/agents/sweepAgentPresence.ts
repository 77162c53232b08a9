import type { AppContext } from "../../api/context";
import { offerQueuedChats } from "../routing/offerQueuedChats";
import { listAgentStates } from "./listAgentStates";
import { presentAgentSummary } from "./presentAgentSummary";
import { readLiveChatSettings } from "./readLiveChatSettings";

/** How often the sweep runs: a lapse (offline, inbox closed, toggle or block over) shows within this. */
export const SWEEP_AGENT_PRESENCE_EVERY_MS = 30_000;

/**
 * Notices state changes no request makes (heartbeats stopping, the inbox closed too long, a toggle
 * or a schedule block ending or starting) and announces them as `agent.presence`. What was last
 * announced per site lives in the shared presence store, so whichever node runs the sweep compares
 * against the same thing. One agent-state read per site; agents whose state did not change cost
 * nothing more. Sites where someone became able to take chats offer their queue.
 */
export async function sweepAgentPresence(ctx: AppContext): Promise<{ announced: number }> {
  const { db } = ctx.store;
  let announced = 0;
  const sites = await db.selectFrom("sites").select("id").execute();
  for (const site of sites) {
    const rows = await listAgentStates(db, ctx.presence, site.id, await readLiveChatSettings(db, site.id));
    const now = Object.fromEntries(rows.map((r) => [r.id, `${r.state}:${r.eligible ? 1 : 0}`]));
    const before = await ctx.presence.exchangeAnnounced(`site:${site.id}`, now);
    let someoneFreed = false;
    for (const row of rows) {
      const was = before[row.id];
      // An agent never announced is new to the sweep: only worth telling when not simply offline.
      if (was === now[row.id] || (was === undefined && row.state === "offline")) continue;
      await ctx.bus.publish({
        channel: `site:${site.id}`,
        name: "agent.presence",
        data: presentAgentSummary(row),
      });
      announced += 1;
      if (row.eligible) someoneFreed = true;
    }
    if (someoneFreed) await offerQueuedChats(ctx, site.id);
  }
  return { announced };
}
