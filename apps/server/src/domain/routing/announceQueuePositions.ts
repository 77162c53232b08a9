import type { AppContext } from "../../api/context";
import { queuedChats } from "./queuedChats";
import { queueWaitEstimate } from "./queueWaitEstimate";
import { visitorStatus } from "./visitorStatus";

/** Tells every visitor queued on the site their place (1 = next) and the estimated wait. */
export async function announceQueuePositions(ctx: AppContext, siteId: string): Promise<void> {
  const { db } = ctx.store;
  const queued = await queuedChats(db, siteId)
    .innerJoin("conversations", "conversations.id", "live_chats.conversation_id")
    .selectAll("live_chats")
    .select("conversations.visitor_id")
    .execute();
  if (!queued.length) return;
  const perPlace = await queueWaitEstimate(db, siteId);
  for (const [i, { visitor_id, ...chat }] of queued.entries())
    await ctx.bus.publish(
      visitorStatus(visitor_id, chat, {
        position: i + 1,
        estimatedWaitSeconds: Math.round(perPlace * (i + 1)),
      }),
    );
}
