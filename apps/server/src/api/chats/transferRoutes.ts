import { ChatParams, LiveChat, TransferBody } from "@parley/protocol/liveChat";
import type { Actor } from "../../domain/auth/actor";
import { transferChat } from "../../domain/routing/transferChat";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "./liveChatExamples";

/** Hands an assigned chat to another agent or a team, with a note (the chat stays until accepted). */
export function transferRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/sites/:siteId/chats/:chatId/transfer",
    {
      schema: {
        summary: "Transfer a chat",
        description:
          "Offers an assigned chat to another agent or a team with a note; the chat stays with the agent until someone accepts.",
        tags: ["live chat"],
        params: ChatParams,
        body: TransferBody,
        response: { 200: LiveChat },
      },
      config: { examples: liveChatExamples.transfer, policy: "livechat.answer" },
    },
    async (request) =>
      transferChat(ctx, request.actor as Actor, request.params.siteId, request.params.chatId, request.body),
  );
}
