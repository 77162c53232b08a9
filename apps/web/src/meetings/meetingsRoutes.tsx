import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";
import { MeetingsSearch } from "./meetingsSearch";

/** /meetings: the site's booked meetings; filters and page live in the URL's search. */
export const meetingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/meetings",
  validateSearch: MeetingsSearch,
  component: lazyPage(() => import("./MeetingsPage"), "MeetingsPage"),
});
