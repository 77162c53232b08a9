import { ApiKey, CreateApiKeyBody, CreatedApiKey } from "@parley/protocol/apiKeys";
import { IdParams } from "@parley/protocol/common";
import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey } from "../../domain/apiKeys/apiKeyStore";
import type { Actor } from "../../domain/auth/actor";
import type { App, AppContext } from "../context";

const tags = ["api keys"];

export function apiKeyRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/api-keys",
    { schema: { tags, response: { 200: z.array(ApiKey) } }, config: { policy: "integrations.manage" } },
    async () => listApiKeys(db),
  );
  app.post(
    "/api/api-keys",
    {
      schema: { tags, body: CreateApiKeyBody, response: { 201: CreatedApiKey } },
      config: { policy: "integrations.manage" },
    },
    async (request, reply) =>
      reply.status(201).send(await createApiKey(db, request.actor as Actor, request.body)),
  );
  app.delete(
    "/api/api-keys/:id",
    {
      schema: { tags, params: IdParams, response: { 200: ApiKey } },
      config: { policy: "integrations.manage" },
    },
    async (request) => revokeApiKey(db, request.params.id),
  );
}
