import { Me } from "@parley/protocol/auth";
import {
  ForgotPasswordBody,
  ForgotPasswordResponse,
  InspectPasswordLinkBody,
  PasswordLinkInfo,
  UsePasswordLinkBody,
} from "@parley/protocol/mail";
import { requestPasswordReset } from "../../domain/auth/requestPasswordReset";
import { usePasswordLink } from "../../domain/auth/usePasswordLink";
import { readUserToken } from "../../domain/auth/userTokens";
import type { App, AppContext } from "../context";
import { authExamples } from "./authExamples";
import { sessionReply } from "./sessionReply";

const tags = ["auth"];

const FORGOT_PASSWORD_ANSWER =
  "If an account exists for that address, we've sent a link to choose a new password.";

/** "Forgot password?" and the mailed links of invitations and password resets (all public). */
export function passwordLinkRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  const { replyWithSession } = sessionReply(ctx);

  app.post(
    "/api/auth/forgot-password",
    {
      schema: {
        summary: "Ask for a password-reset link",
        tags,
        body: ForgotPasswordBody,
        response: { 200: ForgotPasswordResponse },
        description:
          "Mails a single-use link (valid 1 hour) to choose a new password, if an account has this email. The answer is the same either way; limited per email and per address.",
      },
      config: { examples: authExamples.forgotPassword, policy: "public" },
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
        summary: "Inspect a password link",
        tags,
        body: InspectPasswordLinkBody,
        response: { 200: PasswordLinkInfo },
        description: "Whom an invitation or password-reset link is for, or why it no longer works.",
      },
      config: { examples: authExamples.inspectLink, policy: "public" },
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
        summary: "Choose a password from a link",
        tags,
        body: UsePasswordLinkBody,
        response: { 200: Me },
        description:
          "Sets the password chosen from an invitation or password-reset link (once), ends the user's other sessions and signs them in.",
      },
      config: { examples: authExamples.useLink, policy: "public" },
    },
    async (request, reply) => {
      const { sessionToken } = await usePasswordLink(ctx, request.body);
      return replyWithSession(request, reply, sessionToken);
    },
  );
}
