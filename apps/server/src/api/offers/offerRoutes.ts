import { OkResponse } from "@parley/protocol/common";
import { ChatOfferList, InboxItem, OfferParams } from "@parley/protocol/liveChat";
import type { Actor } from "../../domain/auth/actor";
import { acceptOffer } from "../../domain/routing/acceptOffer";
import { declineOffer } from "../../domain/routing/declineOffer";
import { listMyOffers } from "../../domain/routing/listMyOffers";
import { nowIso } from "../../lib/clock";
import { readInboxItem } from "../../domain/conversations/readInboxItem";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";

const tags = ["live chat"];

/** Chat offers: the banner's list, accept (the first click wins) and decline. */
export function offerRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/offers",
    {
      schema: {
        summary: "List chat offers",
        description:
          "The live chats offered to the signed-in agent now, with when each offer runs out (by the server's clock).",
        tags,
        response: { 200: ChatOfferList },
      },
      config: { examples: liveChatExamples.offers, policy: "livechat.answer" },
    },
    async (request) => ({
      items: await listMyOffers(ctx.store.db, request.actor as Actor),
      // The banners count down against the server's clock, not the browser's.
      now: nowIso(),
    }),
  );
  app.post(
    "/api/sites/:siteId/offers/:offerId/accept",
    {
      schema: {
        summary: "Accept a chat offer",
        description: "Takes the chat; of simultaneous accepts exactly one wins, the others get a 409.",
        tags,
        params: OfferParams,
        response: { 200: InboxItem },
      },
      config: { examples: liveChatExamples.accept, policy: "livechat.answer" },
    },
    async (request) => {
      const { siteId, offerId } = request.params;
      const { conversationId } = await acceptOffer(ctx, request.actor as Actor, siteId, offerId);
      return readInboxItem(ctx.store.db, ctx.visitors, siteId, conversationId);
    },
  );
  app.post(
    "/api/sites/:siteId/offers/:offerId/decline",
    {
      schema: {
        summary: "Decline a chat offer",
        description: "Passes on the chat; routing offers it to the next agent.",
        tags,
        params: OfferParams,
        response: { 200: OkResponse },
      },
      config: { examples: liveChatExamples.decline, policy: "livechat.answer" },
    },
    async (request) => {
      await declineOffer(ctx, request.actor as Actor, request.params.siteId, request.params.offerId);
      return { ok: true as const };
    },
  );
}
