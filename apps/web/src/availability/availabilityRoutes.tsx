import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";

/** /account/availability and /account/calendars: the signed-in host's own meeting setup. */
export const accountMeetingRoutes = [
  createRoute({
    getParentRoute: () => appLayoutRoute,
    path: "/account/availability",
    component: lazyPage(() => import("./MyAvailabilityPage"), "MyAvailabilityPage"),
  }),
  createRoute({
    getParentRoute: () => appLayoutRoute,
    path: "/account/calendars",
    component: lazyPage(() => import("../calendars/MyCalendarsPage"), "MyCalendarsPage"),
  }),
] as const;
