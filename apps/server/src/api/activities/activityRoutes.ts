import { ActivityListQuery, ActivityPage } from "@parley/protocol/activities";
import { SiteParams } from "@parley/protocol/common";
import { listActivities } from "../../domain/activities/listActivities";
import type { App, AppContext } from "../context";
import { activityExamples } from "./activityExamples";

const tags = ["activities"];

/** The site's activities, paged with a cursor. */
export function activityRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sites/:siteId/activities",
    {
      schema: {
        tags,
        summary: "List activities",
        description:
          "What visitors and people did (triggered, engaged, completed, dropped, gave email, reached a " +
          "goal, scheduled a meeting, engaged with an agent, opened content, gave consent…), each with " +
          "its dialogue, version, page and time; newest first, `limit` at a time, `cursor` for the next " +
          "page. Filters: `type`, `personId`, `visitorId`, `dialogueId`, `since`/`until`.",
        params: SiteParams,
        querystring: ActivityListQuery,
        response: { 200: ActivityPage },
      },
      config: { policy: "people.view", examples: activityExamples.list },
    },
    async (request) => listActivities(ctx.store.db, request.params.siteId, request.query),
  );
}
