import { OkResponse, SiteItemParams, SiteParams } from "@parley/protocol/common";
import {
  AccountRoute,
  AccountRouteList,
  CreateAccountRouteBody,
  ImportAccountRoutesBody,
  ImportAccountRoutesResult,
} from "@parley/protocol/liveChat";
import {
  createAccountRoute,
  deleteAccountRoute,
  listAccountRoutes,
} from "../../domain/routingConfig/accountRouteStore";
import { importAccountRoutes } from "../../domain/routingConfig/importAccountRoutes";
import type { App, AppContext } from "../context";
import { libraryExamples } from "../library/libraryExamples";

const tags = ["live chat routing"];

/** The account list: companies or email domains routed to their owner agent first. */
export function accountRouteRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/sites/:siteId/account-routes",
    {
      schema: {
        summary: "List account routes",
        description: "Companies and email domains routed to their owner agent first.",
        tags,
        params: SiteParams,
        response: { 200: AccountRouteList },
      },
      config: { examples: libraryExamples.accountRoutes, policy: "routing.manage" },
    },
    async (request) => ({ items: await listAccountRoutes(db, request.params.siteId) }),
  );
  app.post(
    "/api/sites/:siteId/account-routes",
    {
      schema: {
        summary: "Add an account route",
        description: "Routes a company or an email domain to an owner agent.",
        tags,
        params: SiteParams,
        body: CreateAccountRouteBody,
        response: { 201: AccountRoute },
      },
      config: { examples: libraryExamples.createAccountRoute, policy: "routing.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createAccountRoute(db, request.params.siteId, request.body)),
  );
  app.delete(
    "/api/sites/:siteId/account-routes/:id",
    {
      schema: {
        summary: "Remove an account route",
        description: "Removes one account route.",
        tags,
        params: SiteItemParams,
        response: { 200: OkResponse },
      },
      config: { examples: libraryExamples.deleteAccountRoute, policy: "routing.manage" },
    },
    async (request) => {
      await deleteAccountRoute(db, request.params.siteId, request.params.id);
      return { ok: true as const };
    },
  );
  app.post(
    "/api/sites/:siteId/account-routes/import",
    {
      // A 2 MB CSV inside JSON, with room for its escaping.
      bodyLimit: 3 * 1024 * 1024,
      schema: {
        summary: "Import account routes",
        tags,
        params: SiteParams,
        body: ImportAccountRoutesBody,
        response: { 200: ImportAccountRoutesResult },
        description:
          "CSV with a header row `domain,owner` or `company,owner` (owner: the agent's email). All or nothing: a line that fails means nothing is written.",
      },
      config: { examples: libraryExamples.importAccountRoutes, policy: "routing.manage" },
    },
    async (request) => importAccountRoutes(db, request.params.siteId, request.body),
  );
}
