import type { FastifyRequest } from "fastify";
import type { AppContext } from "../api/context";
import type { Actor } from "../domain/auth/actor";
import { actorFromSession, SESSION_COOKIE } from "../domain/auth/sessions";
import { assertOriginAllowed, findSiteByKey } from "../domain/visitors/issueVisitor";
import { verifyVisitorToken } from "../domain/visitors/visitorToken";
import { AppError } from "../errors";

export type Identity =
  | { kind: "agent"; actor: Extract<Actor, { kind: "user" }> }
  | { kind: "visitor"; visitorId: string; siteId: string };

/**
 * Who opens a WebSocket: a visitor (`?site=KEY&visitor=TOKEN`, from an allowed origin) or a signed-in
 * user (session cookie, only from Parley's own origin so other pages cannot ride the cookie).
 */
export async function connectionIdentity(request: FastifyRequest, ctx: AppContext): Promise<Identity> {
  const query = request.query as Record<string, string | undefined>;
  if (query.site || query.visitor) {
    if (!query.site || !query.visitor)
      throw new AppError("unauthenticated", "Visitors connect with site and visitor");
    const site = await findSiteByKey(ctx.store.db, query.site);
    assertOriginAllowed(site, request.headers.origin);
    const token = verifyVisitorToken(ctx.secretKey, query.visitor);
    if (!token || token.siteId !== site.id)
      throw new AppError("unauthenticated", "This visitor token is not valid");
    return { kind: "visitor", visitorId: token.visitorId, siteId: site.id };
  }
  const actor = await sessionUser(request, ctx);
  if (!actor) throw new AppError("unauthenticated", "Sign in first");
  const origin = request.headers.origin;
  if (origin && !isOwnOrigin(origin, request.headers.host, ctx.config.publicUrl)) {
    throw new AppError("forbidden", `Agents connect only from ${ctx.config.publicUrl}`);
  }
  return { kind: "agent", actor };
}

/** The signed-in user of the request's session cookie, or null when there is none (any more). */
export async function sessionUser(
  request: FastifyRequest,
  ctx: AppContext,
): Promise<Extract<Actor, { kind: "user" }> | null> {
  const cookie = request.cookies[SESSION_COOKIE];
  const actor = cookie ? await actorFromSession(ctx.store.db, cookie) : null;
  return actor?.kind === "user" ? actor : null;
}

function isOwnOrigin(origin: string, host: string | undefined, publicUrl: string): boolean {
  try {
    const o = new URL(origin);
    return o.host === host || o.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
