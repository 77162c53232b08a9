import { SiteParams } from "@parley/protocol/common";
import { ConversationListQuery, ConversationPage } from "@parley/protocol/conversationList";
import type { Actor } from "../../domain/auth/actor";
import { listConversations } from "../../domain/conversations/listConversations";
import type { App, AppContext } from "../context";
import { conversationExamples } from "./conversationExamples";

const tags = ["conversations"];

/** The site's conversations, paged with a cursor (each one's transcript: GET …/conversations/:id). */
export function conversationListRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sites/:siteId/conversations",
    {
      schema: {
        tags,
        summary: "List conversations",
        description:
          "The site's conversations (dialogues, flows and live chats), newest first, `limit` at a time; " +
          "pass `nextCursor` as `cursor` for the next page (`null` on the last). Filters: `status`, " +
          "`dialogueId`, `personId`, `visitorId`, `since`/`until` (when it started). Who holds only " +
          "`conversations.view_own` gets the ones they took part in.",
        params: SiteParams,
        querystring: ConversationListQuery,
        response: { 200: ConversationPage },
      },
      config: {
        policy: ["conversations.view_all", "conversations.view_own"],
        examples: conversationExamples.list,
      },
    },
    async (request) =>
      listConversations(ctx.store.db, request.params.siteId, request.query, request.actor as Actor),
  );
}
