import { ERROR_CODES } from "@parley/protocol/errors";
import type { FastifyInstance, RouteOptions } from "fastify";
import { z } from "zod";

/** The one error format, as the OpenAPI document shows it. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .describe("The request was refused or failed; `code` says why");

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The error statuses a route can answer, from what it declares (policy, params, body, method). */
export function errorStatuses(route: RouteOptions): number[] {
  const schema = route.schema ?? {};
  const policy = route.config?.policy;
  const methods = [route.method].flat();
  const statuses = new Set<number>([500, ...(route.config?.errors ?? [])]);
  if (schema.body || schema.params || schema.querystring) statuses.add(400);
  if (schema.body) statuses.add(413);
  if (policy !== "public") statuses.add(401);
  // A permission is needed, or a cookie-authenticated write must carry its CSRF token.
  if (
    policy !== "public" &&
    (typeof policy !== "string" || policy.includes(".") || methods.some((m) => WRITES.has(m)))
  )
    statuses.add(403);
  if (schema.params) statuses.add(404);
  if (methods.some((m) => m === "POST" || m === "PUT" || m === "PATCH")) statuses.add(409);
  return [...statuses].sort((a, b) => a - b);
}

/**
 * Every documented /api route lists its error responses (with the one error schema) in the OpenAPI
 * document; public routes say they need no authentication.
 */
export function installErrorDocs(app: FastifyInstance): void {
  app.addHook("onRoute", (route) => {
    // The web app's pages, the widget's files and the WebSocket are not REST operations.
    if (!route.url.startsWith("/api/")) {
      route.schema = { ...route.schema, hide: true };
      return;
    }
    if (route.url.startsWith("/api/docs") || route.schema?.hide) return;
    const schema = (route.schema ??= {});
    const declared = (schema.response ?? {}) as Record<string, unknown>;
    const errors = Object.fromEntries(errorStatuses(route).map((status) => [status, ErrorResponse]));
    schema.response = { ...errors, ...declared };
    if (route.config?.policy === "public") schema.security = [];
  });
}
