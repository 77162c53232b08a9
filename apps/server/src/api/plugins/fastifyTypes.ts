import type { Actor } from "../../domain/auth/actor";
import type { Policy } from "../../domain/auth/policies";

declare module "fastify" {
  interface FastifyContextConfig {
    /** What the route requires; every /api route must declare one. */
    policy?: Policy;
    /** Error statuses the route answers beyond those its policy, params and body imply (OpenAPI). */
    errors?: number[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the actor came from the session cookie (CSRF applies). */
    sessionToken: string | null;
  }
}
