import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  CreateRoutingRuleBody,
  RoutingRule,
  RoutingRuleList,
  UpdateRoutingRuleBody,
} from "@parley/protocol/liveChat";
import { readRoutingRules } from "../../domain/routingConfig/readRoutingRules";
import {
  createRoutingRule,
  deleteRoutingRule,
  updateRoutingRule,
} from "../../domain/routingConfig/routingRuleStore";
import type { App, AppContext } from "../context";
import { libraryExamples } from "../library/libraryExamples";

const tags = ["live chat routing"];

/** Custom routing rules, listed in the order routing evaluates them. */
export function routingRuleRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/routing-rules",
    {
      schema: {
        summary: "List routing rules",
        description: "The custom routing rules in the order routing evaluates them.",
        tags,
        params: SiteParams,
        response: { 200: RoutingRuleList },
      },
      config: { examples: libraryExamples.rules, policy: "routing.manage" },
    },
    async (request) => ({ items: await readRoutingRules(db, request.params.siteId) }),
  );
  app.post(
    "/api/sites/:siteId/routing-rules",
    {
      schema: {
        summary: "Create a routing rule",
        description:
          "A rule: conditions on the visitor, person or company, and the agent or team that gets the chat or meeting.",
        tags,
        params: SiteParams,
        body: CreateRoutingRuleBody,
        response: { 201: RoutingRule },
      },
      config: { examples: libraryExamples.createRule, policy: "routing.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createRoutingRule(db, request.params.siteId, request.body)),
  );
  app.patch(
    "/api/sites/:siteId/routing-rules/:id",
    {
      schema: {
        summary: "Update a routing rule",
        description: "Changes a rule's name, conditions, target or position.",
        tags,
        params: SiteItemParams,
        body: UpdateRoutingRuleBody,
        response: { 200: RoutingRule },
      },
      config: { examples: libraryExamples.updateRule, policy: "routing.manage" },
    },
    async (request) => updateRoutingRule(db, request.params.siteId, request.params.id, request.body),
  );
  app.delete(
    "/api/sites/:siteId/routing-rules/:id",
    {
      schema: {
        summary: "Delete a routing rule",
        description: "Deletes one rule.",
        tags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: libraryExamples.deleteRule, policy: "routing.manage" },
    },
    async (request) => {
      await deleteRoutingRule(db, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
}
