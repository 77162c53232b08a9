import { ApiKey, CreateApiKeyBody, CreatedApiKey } from "@parley/protocol/apiKeys";
import { IdParams } from "@parley/protocol/common";
import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey } from "../../domain/apiKeys/apiKeyStore";
import type { Actor } from "../../domain/auth/actor";
import { AppError } from "../../errors";
import type { App, AppContext } from "../context";

const tags = ["api keys"];

export function apiKeyRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/api-keys",
    { schema: { tags, response: { 200: z.array(ApiKey) } }, config: { policy: "integrations.manage" } },
    async (request) => listApiKeys(db, request.actor as Actor),
  );
  app.post(
    "/api/api-keys",
    {
      schema: { tags, body: CreateApiKeyBody, response: { 201: CreatedApiKey } },
      config: { policy: "integrations.manage" },
    },
    async (request, reply) => {
      const actor = request.actor as Actor;
      // A key is owned by the person who made it; a key making keys would own nobody's.
      if (actor.kind !== "user")
        throw new AppError("forbidden", "API keys cannot create API keys: sign in as a user to make one");
      return reply.status(201).send(await createApiKey(db, actor, request.body));
    },
  );
  app.delete(
    "/api/api-keys/:id",
    {
      schema: { tags, params: IdParams, response: { 200: ApiKey } },
      config: { policy: "integrations.manage" },
    },
    async (request) => revokeApiKey(db, request.actor as Actor, request.params.id),
  );
}
