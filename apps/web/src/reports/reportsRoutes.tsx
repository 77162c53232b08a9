import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";

/**
 * OWNED BY h12-dashboards. The Reports area: the global dashboard, meetings and live chat. Each page
 * is a lazily loaded chunk, and the chart library is loaded only with these pages. Filters live in
 * the URL's search. (The per-dialogue report is the dialogue's Report tab, dialogues/*.)
 */
export const reportsRoutes = [
  createRoute({
    getParentRoute: () => appLayoutRoute,
    path: "/reports",
    component: lazyPage(() => import("./ReportsOverviewPage"), "ReportsOverviewPage"),
  }),
];
