import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../domain/auth/actor";
import { actorFromSession, SESSION_COOKIE, SESSION_TTL_MS } from "../../domain/auth/sessions";
import { AppError } from "../../errors";
import type { AppContext } from "../context";

/** How the auth routes answer about a session: its cookie, and Me for the signed-in user. */
export function sessionReply(ctx: AppContext) {
  const setCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: request.protocol === "https" || ctx.config.publicUrl.startsWith("https:"),
      maxAge: SESSION_TTL_MS / 1000,
    });

  const presentMe = (actor: Actor) => {
    if (actor.kind !== "user") throw new AppError("unauthenticated", "Sign in with a user account");
    return {
      user: {
        id: actor.id,
        email: actor.email,
        name: actor.name,
        roleId: actor.roleId,
        roleName: actor.roleName,
      },
      permissions: [...actor.permissions],
      siteIds: actor.siteIds === null ? null : [...actor.siteIds],
      csrfToken: actor.csrfToken,
    };
  };

  /** Sets the cookie of a session just opened and answers with its Me. */
  const replyWithSession = async (request: FastifyRequest, reply: FastifyReply, token: string) => {
    setCookie(request, reply, token);
    const actor = await actorFromSession(ctx.store.db, token);
    if (!actor) throw new AppError("internal", "The new session could not be read");
    return presentMe(actor);
  };

  return { setCookie, presentMe, replyWithSession };
}
