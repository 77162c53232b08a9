import { ChangePasswordBody, Me, SetupBody, SetupStatus, SignInBody } from "@parley/protocol/auth";
import { OkResponse } from "@parley/protocol/common";
import type { Actor } from "../../domain/auth/actor";
import { changePassword } from "../../domain/auth/changePassword";
import { actorFromSession, createSession, deleteSession, SESSION_COOKIE } from "../../domain/auth/sessions";
import { signIn } from "../../domain/auth/signIn";
import { completeSetup, needsSetup } from "../../domain/instance/completeSetup";
import { AppError } from "../../errors";
import type { App, AppContext } from "../context";
import { authExamples } from "./authExamples";
import { sessionReply } from "./sessionReply";

const tags = ["auth"];

export function authRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  const { setCookie, presentMe } = sessionReply(ctx);

  app.post(
    "/api/auth/sign-in",
    {
      schema: {
        summary: "Sign in",
        description:
          "Signs in with email and password and sets the session cookie; answers the user with the CSRF token later writes send as `X-CSRF-Token`. Wrong credentials are a 401; too many attempts for the email or address a 429 with `Retry-After`.",
        tags,
        body: SignInBody,
        response: { 200: Me },
      },
      config: { examples: authExamples.signIn, policy: "public", errors: [401, 429] },
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
    {
      schema: {
        summary: "Sign out",
        description: "Ends the current session and clears its cookie.",
        tags,
        response: { 200: OkResponse },
      },
      config: { examples: authExamples.signOut, policy: "user" },
    },
    async (request, reply) => {
      if (request.sessionToken) await deleteSession(ctx, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    },
  );

  app.get(
    "/api/auth/me",
    {
      schema: {
        summary: "The signed-in user",
        description: "Who is signed in: name, email, role, permissions, site access and the CSRF token.",
        tags,
        response: { 200: Me },
      },
      config: { examples: authExamples.me, policy: "user" },
    },
    async (request) => presentMe(request.actor as Actor),
  );

  app.post(
    "/api/auth/password",
    {
      schema: {
        summary: "Change your password",
        description:
          "Changes the signed-in user's password (the current one must be right) and ends their other sessions.",
        tags,
        body: ChangePasswordBody,
        response: { 200: OkResponse },
      },
      config: { examples: authExamples.changePassword, policy: "user" },
    },
    async (request) => {
      const actor = request.actor;
      if (actor?.kind !== "user") throw new AppError("unauthenticated", "Sign in with a user account");
      await changePassword(ctx, { userId: actor.id, sessionId: actor.sessionId, ...request.body });
      return { ok: true as const };
    },
  );

  app.get(
    "/api/setup",
    {
      schema: {
        summary: "Does the instance need setup?",
        description: "Whether the first admin still has to be created (no user exists yet).",
        tags,
        response: { 200: SetupStatus },
      },
      config: { examples: authExamples.setupStatus, policy: "public" },
    },
    async () => ({ needsSetup: await needsSetup(db) }),
  );

  app.post(
    "/api/setup",
    {
      schema: {
        summary: "Create the first admin",
        description:
          "On a fresh instance only, with the setup token printed on the server console: creates the first admin and signs them in; once a user exists it is refused (`setup_done`).",
        tags,
        body: SetupBody,
        response: { 200: Me },
      },
      config: { examples: authExamples.setup, policy: "public" },
    },
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
