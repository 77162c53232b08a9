import { SiteParams } from "@parley/protocol/common";
import { RoutingTargets } from "@parley/protocol/routingTargets";
import { readRoutingTargets } from "../../domain/routingConfig/readRoutingTargets";
import type { App, AppContext } from "../context";
import { libraryExamples } from "../library/libraryExamples";

/** The names a stream designer picks routing from (Live chat and Meeting cards). */
export function routingTargetRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/sites/:siteId/routing-targets",
    {
      schema: {
        summary: "List routing targets",
        tags: ["routing"],
        params: SiteParams,
        response: { 200: RoutingTargets },
        description:
          "The site's live-chat agents, meeting hosts, teams and routing rules, by name: what a Live chat or Meeting card can route to.",
      },
      config: {
        examples: libraryExamples.targets,
        policy: ["dialogues.view", "dialogues.manage", "routing.manage", "agents.manage"],
      },
    },
    async (request) => readRoutingTargets(ctx, request.params.siteId),
  );
}
