import { SiteItemParams } from "@parley/protocol/common";
import { ConversationTranscript } from "@parley/protocol/directory";
import type { Actor } from "../../domain/auth/actor";
import { getConversationTranscript } from "../../domain/conversations/getConversationTranscript";
import type { App, AppContext } from "../context";
import { conversationExamples } from "./conversationExamples";

const tags = ["conversations"];

export function conversationRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sites/:siteId/conversations/:id",
    {
      schema: {
        summary: "Get a conversation with its transcript",
        description:
          "The conversation and every message in order (bot prompts, the visitor's answers, agents' messages). Who holds only `conversations.view_own` gets the ones they took part in; any other is a 404.",
        tags,
        params: SiteItemParams,
        response: { 200: ConversationTranscript },
      },
      config: {
        examples: conversationExamples.transcript,
        policy: ["conversations.view_all", "conversations.view_own"],
      },
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
