import { createRoute, redirect } from "@tanstack/react-router";
import { lazyPage } from "./lazyPage";
import { z } from "zod";
import { safeNextPath } from "../router/safeNextPath";
import { meQuery } from "./meQuery";
import { rootRoute } from "./rootRoute";

const tokenSearch = z.object({ token: z.string().optional().catch(undefined) });

/** /sign-in?next=/settings/users: where to go after signing in (kept inside the app by safeNextPath). */
export const signInSearch = z.object({ next: z.string().optional().catch(undefined) });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: signInSearch,
  beforeLoad: async ({ context, search }): Promise<void> => {
    // Unreachable server: show the form anyway; signing in says what went wrong.
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    if (me) throw redirect({ href: safeNextPath(search.next ?? null), replace: true });
  },
  component: lazyPage(() => import("../auth/SignInPage"), "SignInPage"),
});

// The pages below work whoever is signed in (or nobody): mailed links sign in as the link's user.
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/setup",
  validateSearch: tokenSearch,
  component: lazyPage(() => import("../auth/SetupPage"), "SetupPage"),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/forgot-password",
  component: lazyPage(() => import("../auth/ForgotPasswordPage"), "ForgotPasswordPage"),
});

const passwordLinkPage = lazyPage(() => import("../auth/PasswordLinkPage"), "PasswordLinkPage");
const acceptInviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/accept-invite",
  validateSearch: tokenSearch,
  component: passwordLinkPage,
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  validateSearch: tokenSearch,
  component: passwordLinkPage,
});

/** The signed-out pages, directly under the root (no shell, no session needed). */
export const authRoutes = [
  signInRoute,
  setupRoute,
  forgotPasswordRoute,
  acceptInviteRoute,
  resetPasswordRoute,
];
