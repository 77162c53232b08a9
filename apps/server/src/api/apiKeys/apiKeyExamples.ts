import type { ApiKey } from "@parley/protocol/apiKeys";
import { EX } from "../openapi/exampleIds";
import type { RouteExamples } from "../openapi/routeExamples";

const apiKey: ApiKey = {
  id: EX.apiKeyId,
  name: "CRM sync",
  prefix: "pk_3kQ9",
  scopes: ["people.view", "people.manage", "conversations.view_all"],
  siteIds: [EX.siteId],
  createdAt: EX.created,
  lastUsedAt: EX.at,
  revokedAt: null,
};

export const apiKeyExamples = {
  list: { response: { 200: [apiKey] } },
  create: {
    body: {
      name: "CRM sync",
      scopes: ["people.view", "people.manage", "conversations.view_all"],
      siteIds: [EX.siteId],
    },
    response: {
      201: { apiKey: { ...apiKey, lastUsedAt: null }, secret: "pk_3kQ9wT5vB8nR2xL6yP0aZ4cF7hJ1mD" },
    },
  },
  revoke: { response: { 200: { ...apiKey, revokedAt: EX.later } } },
} satisfies Record<string, RouteExamples>;
