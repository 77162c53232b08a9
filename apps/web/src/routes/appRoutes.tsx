import { createRoute, redirect } from "@tanstack/react-router";
import { lazyPage } from "./lazyPage";
import { meCan } from "../session/meCan";
import { NAV_AREAS } from "../shell/navAreas";
import { appLayoutRoute } from "./appLayoutRoute";

/** "/": the first area this user may open, or a welcome page when their role opens none. */
const homeRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/",
  beforeLoad: ({ context }): void => {
    const first = NAV_AREAS.find((area) => meCan(context.me, area.permissions));
    if (first) throw redirect({ to: first.path, replace: true });
  },
  component: lazyPage(() => import("../pages/WelcomePage"), "WelcomePage"),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/account/password",
  component: lazyPage(() => import("../auth/ChangePasswordPage"), "ChangePasswordPage"),
});

/** The signed-in pages outside Settings, People, Dialogues, the Inbox, Meetings and Reports. */
export const appRoutes = [homeRoute, changePasswordRoute];
