import { ChangePasswordBody, Me, SetupBody, SetupStatus, SignInBody } from "@parley/protocol/auth";
import { OkResponse } from "@parley/protocol/common";
import type { Actor } from "../../domain/auth/actor";
import { changePassword } from "../../domain/auth/changePassword";
import { actorFromSession, createSession, deleteSession, SESSION_COOKIE } from "../../domain/auth/sessions";
import { signIn } from "../../domain/auth/signIn";
import { completeSetup, needsSetup } from "../../domain/instance/completeSetup";
import { AppError } from "../../errors";
import type { App, AppContext } from "../context";
import { sessionReply } from "./sessionReply";

const tags = ["auth"];

export function authRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  const { setCookie, presentMe } = sessionReply(ctx);

  app.post(
    "/api/auth/sign-in",
    {
      schema: { tags, body: SignInBody, response: { 200: Me } },
      config: { policy: "public", errors: [401, 429] },
    },
    async (request, reply) => {
      const { token } = await signIn(ctx.store, { ...request.body, ip: request.ip });
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
      if (request.sessionToken) await deleteSession(ctx, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
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
      await changePassword(ctx, { userId: actor.id, sessionId: actor.sessionId, ...request.body });
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
}
