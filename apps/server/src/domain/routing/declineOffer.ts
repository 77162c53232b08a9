import type { AppContext } from "../../api/context";
import { conflict, notFound } from "../../errors";
import type { Actor } from "../auth/actor";
import { offerFor } from "./acceptOffer";
import { closeOffer } from "./closeOffer";
import { lockChat } from "./lockChat";
import { RoutingEffects } from "./routingEffects";

/** The offered agent says no: the chat goes on to the next eligible agent (or queue, or fallback). */
export async function declineOffer(
  ctx: AppContext,
  actor: Actor,
  siteId: string,
  offerId: string,
): Promise<void> {
  const effects = new RoutingEffects();
  await ctx.store.db.transaction().execute(async (trx) => {
    const offer = await offerFor(trx, actor, siteId, offerId);
    const locked = offer.status === "open" ? await lockChat(trx, ctx.store.kind, offer.chat_id) : null;
    if (offer.status === "open" && !locked) throw notFound("Offer");
    if (!locked || !(await closeOffer(ctx, trx, effects, locked, offer, "declined")))
      throw conflict("This offer is no longer open", { reason: offer.status });
  });
  await effects.flush(ctx);
}
