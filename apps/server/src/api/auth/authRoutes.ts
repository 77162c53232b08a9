import { ChangePasswordBody, Me, SetupBody, SetupStatus, SignInBody } from "@parley/protocol/auth";
import { OkResponse } from "@parley/protocol/common";
import {
  ForgotPasswordBody,
  ForgotPasswordResponse,
  InspectPasswordLinkBody,
  PasswordLinkInfo,
  UsePasswordLinkBody,
} from "@parley/protocol/mail";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../domain/auth/actor";
import { changePassword } from "../../domain/auth/changePassword";
import {
  actorFromSession,
  createSession,
  deleteSession,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from "../../domain/auth/sessions";
import { signIn } from "../../domain/auth/signIn";
import { completeSetup, needsSetup } from "../../domain/instance/completeSetup";
import { AppError } from "../../errors";
import type { App, AppContext } from "../context";
import { announceAccessChanged } from "../../domain/auth/announceAccessChanged";
import { requestPasswordReset } from "../../domain/auth/requestPasswordReset";
import { usePasswordLink } from "../../domain/auth/usePasswordLink";
import { readUserToken } from "../../domain/auth/userTokens";

const tags = ["auth"];

export const FORGOT_PASSWORD_ANSWER =
  "If an account exists for that address, we've sent a link to choose a new password.";

export function authRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

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

  app.post(
    "/api/auth/sign-in",
    { schema: { tags, body: SignInBody, response: { 200: Me } }, config: { policy: "public" } },
    async (request, reply) => {
      const { token } = await signIn(db, { ...request.body, ip: request.ip });
      setCookie(request, reply, token);
      const actor = await actorFromSession(db, token);
      if (!actor) throw new AppError("internal", "The new session could not be read");
      return presentMe(actor);
    },
  );

  app.post(
    "/api/auth/sign-out",
    { schema: { tags, response: { 200: OkResponse } }, config: { policy: "user" } },
    async (request, reply) => {
      if (request.sessionToken) await deleteSession(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      const actor = request.actor;
      if (actor?.kind === "user") await announceAccessChanged(ctx.bus, [actor.id]);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/auth/me",
    { schema: { tags, response: { 200: Me } }, config: { policy: "user" } },
    async (request) => presentMe(request.actor as Actor),
  );

  app.post(
    "/api/auth/password",
    { schema: { tags, body: ChangePasswordBody, response: { 200: OkResponse } }, config: { policy: "user" } },
    async (request) => {
      const actor = request.actor;
      if (actor?.kind !== "user") throw new AppError("unauthenticated", "Sign in with a user account");
      await changePassword(db, { userId: actor.id, sessionId: actor.sessionId, ...request.body });
      await announceAccessChanged(ctx.bus, [actor.id]);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/setup",
    { schema: { tags, response: { 200: SetupStatus } }, config: { policy: "public" } },
    async () => ({ needsSetup: await needsSetup(db) }),
  );

  app.post(
    "/api/setup",
    { schema: { tags, body: SetupBody, response: { 200: Me } }, config: { policy: "public" } },
    async (request, reply) => {
      const userId = await completeSetup(db, request.body);
      const token = await createSession(db, userId);
      setCookie(request, reply, token);
      const actor = await actorFromSession(db, token);
      if (!actor) throw new AppError("internal", "The new session could not be read");
      return presentMe(actor);
    },
  );

  app.post(
    "/api/auth/forgot-password",
    {
      schema: {
        tags,
        body: ForgotPasswordBody,
        response: { 200: ForgotPasswordResponse },
        description:
          "Mails a single-use link (valid 1 hour) to choose a new password, if an account has this email. The answer is the same either way; limited per email and per address.",
      },
      config: { policy: "public" },
    },
    async (request) => {
      const queued = await requestPasswordReset(db, {
        email: request.body.email,
        ip: request.ip,
        publicUrl: ctx.config.publicUrl,
      });
      if (queued) ctx.jobs.poke();
      return { ok: true as const, message: FORGOT_PASSWORD_ANSWER };
    },
  );

  app.post(
    "/api/auth/password-link/inspect",
    {
      schema: {
        tags,
        body: InspectPasswordLinkBody,
        response: { 200: PasswordLinkInfo },
        description: "Whom an invitation or password-reset link is for, or why it no longer works.",
      },
      config: { policy: "public" },
    },
    async (request) => {
      const holder = await readUserToken(db, request.body.token);
      return { purpose: holder.purpose, email: holder.email, name: holder.name, expiresAt: holder.expiresAt };
    },
  );

  app.post(
    "/api/auth/password-link",
    {
      schema: {
        tags,
        body: UsePasswordLinkBody,
        response: { 200: Me },
        description:
          "Sets the password chosen from an invitation or password-reset link (once), ends the user's other sessions and signs them in.",
      },
      config: { policy: "public" },
    },
    async (request, reply) => {
      const { sessionToken, userId } = await usePasswordLink(db, request.body);
      await announceAccessChanged(ctx.bus, [userId]);
      setCookie(request, reply, sessionToken);
      const actor = await actorFromSession(db, sessionToken);
      if (!actor) throw new AppError("internal", "The new session could not be read");
      return presentMe(actor);
    },
  );
}
