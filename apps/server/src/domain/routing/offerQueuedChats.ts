import type { AppContext } from "../../api/context";
import { listAgentStates } from "../agents/listAgentStates";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { lockChat } from "./lockChat";
import { queuedChats } from "./queuedChats";
import { lockPointer, SITE_SCOPE } from "./roundRobinPointer";
import { routeChat } from "./routeChat";
import { RoutingEffects } from "./routingEffects";

// Offers made by one call at most; a longer queue is taken on by the next freed slot.
const MAX_OFFERS = 200;

/**
 * Capacity may have freed on this site (a chat ended, an agent came online or toggled available):
 * offers the queued chats, first in first out, to whoever is eligible now. Each offer is one
 * transaction (the same pipeline as a new chat, origin "queue"); a chat whose rule finds nobody
 * stays in its place and the next one is tried; it stops when nobody is eligible.
 */
export async function offerQueuedChats(ctx: AppContext, siteId: string): Promise<void> {
  const tried = new Set<string>();
  for (let i = 0; i < MAX_OFFERS; i++) {
    const effects = new RoutingEffects();
    const offered = await ctx.store.db.transaction().execute(async (trx) => {
      await lockPointer(trx, ctx.store.kind, siteId, SITE_SCOPE);
      const settings = await readLiveChatSettings(trx, siteId);
      const agents = await listAgentStates(trx, ctx.presence, siteId, settings);
      if (!agents.some((a) => a.eligible)) return false;
      const queued = await queuedChats(trx, siteId).select("live_chats.id").execute();
      for (const { id } of queued) {
        if (tried.has(id)) continue;
        tried.add(id);
        const locked = await lockChat(trx, ctx.store.kind, id);
        if (locked && (await routeChat(ctx, trx, effects, locked, "queue")) === "offered") return true;
      }
      return false;
    });
    await effects.flush(ctx);
    if (!offered) return;
  }
}
