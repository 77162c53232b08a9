import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";
import { ReportSearch } from "./reportSearch";

/**
 * The Reports area: the global dashboard, meetings and live chat. Each page is a lazily loaded
 * chunk, and the chart library is loaded only by these pages' charts (ChartCanvas imports it
 * dynamically). Filters live in the URL's search (ReportSearch). The per-dialogue report is the
 * dialogue's Report tab (dialogues/*), built from the same components.
 */
export const reportsRoutes = [
  createRoute({
    getParentRoute: () => appLayoutRoute,
    path: "/reports",
    validateSearch: ReportSearch,
    component: lazyPage(() => import("./ReportsOverviewPage"), "ReportsOverviewPage"),
  }),
  createRoute({
    getParentRoute: () => appLayoutRoute,
    path: "/reports/meetings",
    validateSearch: ReportSearch,
    component: lazyPage(() => import("./MeetingsReportPage"), "MeetingsReportPage"),
  }),
  createRoute({
    getParentRoute: () => appLayoutRoute,
    path: "/reports/live-chat",
    validateSearch: ReportSearch,
    component: lazyPage(() => import("./LiveChatReportPage"), "LiveChatReportPage"),
  }),
];
