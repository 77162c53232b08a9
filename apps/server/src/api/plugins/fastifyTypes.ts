import type { Actor } from "../../domain/auth/actor";
import type { Policy } from "../../domain/auth/policies";
import type { RouteExamples } from "../openapi/routeExamples";

declare module "fastify" {
  interface FastifyContextConfig {
    /** What the route requires; every /api route must declare one. */
    policy?: Policy;
    /** Error statuses the route answers beyond those its policy, params and body imply (OpenAPI). */
    errors?: number[];
    /** Examples for the OpenAPI document, parsed by the route's own schemas in openapiDocument.test.ts. */
    examples?: RouteExamples;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from the session cookie (CSRF applies). */
    sessionToken: string | null;
  }
}
