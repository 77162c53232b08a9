import { ApiKey, CreateApiKeyBody, CreatedApiKey } from "@parley/protocol/apiKeys";
import { IdParams } from "@parley/protocol/common";
import { z } from "zod";
import { createApiKey, listApiKeys, revokeApiKey } from "../../domain/apiKeys/apiKeyStore";
import type { Actor } from "../../domain/auth/actor";
import { AppError } from "../../errors";
import type { App, AppContext } from "../context";
import { apiKeyExamples } from "./apiKeyExamples";

const tags = ["api keys"];

export function apiKeyRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/api-keys",
    {
      schema: {
        summary: "List API keys",
        description:
          "The keys the caller may manage (a manager limited to some sites: keys whose sites they all reach), revoked ones included; never their secrets.",
        tags,
        response: { 200: z.array(ApiKey) },
      },
      config: { examples: apiKeyExamples.list, policy: "integrations.manage" },
    },
    async (request) => listApiKeys(db, request.actor as Actor),
  );
  app.post(
    "/api/api-keys",
    {
      schema: {
        summary: "Create an API key",
        description:
          "A key with scopes (a subset of your permissions) and sites (within yours; null: every site, omitted: as yours). The secret is in this answer only. Only signed-in users make keys.",
        tags,
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKey },
      },
      config: { examples: apiKeyExamples.create, policy: "integrations.manage" },
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
      schema: {
        summary: "Revoke an API key",
        description: "The key stops working at once (401); it stays listed with `revokedAt`.",
        tags,
        params: IdParams,
        response: { 200: ApiKey },
      },
      config: { examples: apiKeyExamples.revoke, policy: "integrations.manage" },
    },
    async (request) => revokeApiKey(db, request.actor as Actor, request.params.id),
  );
}
