import type { FastifyInstance } from "fastify";
import { actorFromApiKey } from "../../domain/apiKeys/apiKeyStore";
import { assertPolicy, assertSiteAccess, type Policy } from "../../domain/auth/policies";
import { actorFromSession, SESSION_COOKIE } from "../../domain/auth/sessions";
import { AppError } from "../../errors";
import type { Store } from "../../store/db";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Resolves the actor (bearer API key or session cookie) for every request, then, before validation,
 * enforces the route's policy, CSRF for cookie-authenticated writes, and site access for /sites/:siteId routes.
 */
export interface RouteEntry {
  method: string;
  url: string;
  policy: Policy;
}

export function installAuthentication(app: FastifyInstance, store: Store): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);

  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/") || route.url.startsWith("/api/docs")) return;
    const policy = route.config?.policy;
    if (!policy) throw new Error(`Route ${route.method} ${route.url} declares no policy`);
    for (const method of [route.method].flat())
      if (method !== "HEAD") routes.push({ method, url: route.url, policy });
  });

  app.addHook("onRequest", async (request) => {
    const auth = request.headers.authorization;
    if (auth) {
      const [scheme, secret] = auth.split(" ");
      if (scheme !== "Bearer" || !secret)
        throw new AppError("unauthenticated", "Use Authorization: Bearer <api key>");
      request.actor = await actorFromApiKey(store.db, secret);
      if (!request.actor) throw new AppError("unauthenticated", "This API key is unknown or revoked");
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.actor = await actorFromSession(store.db, token);
      if (request.actor) request.sessionToken = token;
    }
  });

  app.addHook("preValidation", async (request) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return;
    assertPolicy(request.actor, policy);
    const actor = request.actor;
    if (!actor) return;
    if (actor.kind === "user" && request.sessionToken && !SAFE_METHODS.has(request.method)) {
      if (request.headers["x-csrf-token"] !== actor.csrfToken) {
        throw new AppError(
          "csrf_failed",
          "Missing or wrong X-CSRF-Token header; reload the page and try again",
        );
      }
    }
    const siteId = (request.params as Record<string, unknown> | undefined)?.siteId;
    if (typeof siteId === "string") {
      assertSiteAccess(actor, siteId);
      const site = await store.db
        .selectFrom("sites")
        .select("id")
        .where("id", "=", siteId)
        .executeTakeFirst();
      if (!site) throw new AppError("not_found", "Site not found");
    }
  });
  return routes;
}
