import { ChatParams } from "@parley/protocol/liveChat";
import { SharedBooking, ShareBookingBody } from "@parley/protocol/meetings";
import type { Actor } from "../../domain/auth/actor";
import { shareBooking } from "../../domain/meetings/shareBooking";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";

/** The chat's agent shares their own or another host's booking in the live chat (product.md §5). */
export function shareBookingRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/sites/:siteId/chats/:chatId/booking",
    {
      schema: {
        summary: "Share a booking in a chat",
        description:
          "The chat's agent shares their own or another host's booking calendar: a meeting card appears in the chat.",
        tags: ["live chat"],
        params: ChatParams,
        body: ShareBookingBody,
        response: { 200: SharedBooking },
      },
      config: { examples: liveChatExamples.shareBooking, policy: "livechat.answer" },
    },
    async (request) =>
      shareBooking(ctx, request.actor as Actor, { ...request.params, agentId: request.body.agentId }),
  );
}
