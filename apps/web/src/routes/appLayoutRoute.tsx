import type { Me } from "@parley/protocol/auth";
import { createRoute, redirect } from "@tanstack/react-router";
import { AppLayout } from "./AppLayout";
import { AppUnreachable } from "./AppUnreachable";
import { meQuery } from "./meQuery";
import { rootRoute } from "./rootRoute";

/**
 * The signed-in app: every route under it has a user (signed-out visitors go to /sign-in?next=…, and
 * come back after signing in), the shell around it, and its area's permission check (AppLayout).
 */
export const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  // Return types are spelled out: inferred, they would make the route tree's type depend on itself.
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) {
      throw redirect({
        to: "/sign-in",
        search: { next: location.href === "/" ? undefined : location.href },
        replace: true,
      });
    }
    return { me };
  },
  component: AppLayout,
  pendingComponent: () => (
    <p className="boot" role="status">
      Loading Parley…
    </p>
  ),
  errorComponent: AppUnreachable,
});
