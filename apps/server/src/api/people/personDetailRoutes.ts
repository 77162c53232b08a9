import { SiteItemParams } from "@parley/protocol/common";
import { ConversationSummaryList, TimelinePage, TimelineQuery, VisitList } from "@parley/protocol/directory";
import type { Actor } from "../../domain/auth/actor";
import { listPersonConversations } from "../../domain/conversations/listPersonConversations";
import { listPersonVisits } from "../../domain/people/listPersonVisits";
import { personTimeline } from "../../domain/people/personTimeline";
import type { App, AppContext } from "../context";

const tags = ["people"];

/** What the person screen reads beside the person: visits, conversations and timeline. */
export function personDetailRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/people/:id/visits",
    {
      schema: { tags, params: SiteItemParams, response: { 200: VisitList } },
      config: { policy: "people.view" },
    },
    async (request) => ({ items: await listPersonVisits(db, request.params.siteId, request.params.id) }),
  );
  app.get(
    "/api/sites/:siteId/people/:id/conversations",
    {
      schema: { tags, params: SiteItemParams, response: { 200: ConversationSummaryList } },
      config: { policy: "people.view" },
    },
    async (request) => ({
      items: await listPersonConversations(
        db,
        request.params.siteId,
        request.params.id,
        request.actor as Actor,
      ),
    }),
  );
  app.get(
    "/api/sites/:siteId/people/:id/timeline",
    {
      schema: { tags, params: SiteItemParams, querystring: TimelineQuery, response: { 200: TimelinePage } },
      config: { policy: "people.view" },
    },
    async (request) => personTimeline(db, request.params.siteId, request.params.id, request.query),
  );
}
