import { SiteItemParams } from "@parley/protocol/common";
import { ConversationTranscript } from "@parley/protocol/directory";
import type { Actor } from "../../domain/auth/actor";
import { getConversationTranscript } from "../../domain/conversations/getConversationTranscript";
import type { App, AppContext } from "../context";

const tags = ["conversations"];

export function conversationRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sites/:siteId/conversations/:id",
    {
      schema: { tags, params: SiteItemParams, response: { 200: ConversationTranscript } },
      config: { policy: ["conversations.view_all", "conversations.view_own"] },
    },
    async (request) =>
      getConversationTranscript(
        ctx.store.db,
        request.params.siteId,
        request.params.id,
        request.actor as Actor,
      ),
  );
}
