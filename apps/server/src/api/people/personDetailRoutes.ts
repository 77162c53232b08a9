import { SiteItemParams } from "@parley/protocol/common";
import { ConversationSummaryList, TimelinePage, TimelineQuery, VisitList } from "@parley/protocol/directory";
import type { Actor } from "../../domain/auth/actor";
import { listPersonConversations } from "../../domain/conversations/listPersonConversations";
import { listPersonVisits } from "../../domain/people/listPersonVisits";
import { personTimeline } from "../../domain/people/personTimeline";
import type { App, AppContext } from "../context";
import { peopleExamples } from "./peopleExamples";

const tags = ["people"];

/** What the person screen reads beside the person: visits, conversations and timeline. */
export function personDetailRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/people/:id/visits",
    {
      schema: {
        summary: "List a person's visits",
        description:
          "The visits of the person's visitors (runs of page views without a 30-minute gap), newest first, at most 50, each with its pages.",
        tags,
        params: SiteItemParams,
        response: { 200: VisitList },
      },
      config: { examples: peopleExamples.visits, policy: "people.view" },
    },
    async (request) => ({ items: await listPersonVisits(db, request.params.siteId, request.params.id) }),
  );
  app.get(
    "/api/sites/:siteId/people/:id/conversations",
    {
      schema: {
        summary: "List a person's conversations",
        description:
          "The person's conversations, newest first, with the dialogue's name and the number of messages; who holds only `conversations.view_own` gets the ones they took part in.",
        tags,
        params: SiteItemParams,
        response: { 200: ConversationSummaryList },
      },
      config: { examples: peopleExamples.conversations, policy: "people.view" },
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
      schema: {
        summary: "A person's activity timeline",
        description:
          "The person's activities, newest first, `limit` at a time with `cursor` for the next page.",
        tags,
        params: SiteItemParams,
        querystring: TimelineQuery,
        response: { 200: TimelinePage },
      },
      config: { examples: peopleExamples.timeline, policy: "people.view" },
    },
    async (request) => personTimeline(db, request.params.siteId, request.params.id, request.query),
  );
}
