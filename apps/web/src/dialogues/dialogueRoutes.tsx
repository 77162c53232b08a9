import { createRoute, redirect } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";
import { ReportSearch } from "../reports/reportSearch";

/**
 * The Dialogues and Flows areas. Lists at /dialogues and /flows; one dialogue or flow at
 * /dialogues/$dialogueId or /flows/$dialogueId, whose layout (header, tabs) holds four pages:
 * the stream designer, targeting (a flow's: its delivery), settings with the versions, and the
 * report (…/report: the funnel on the stream, the A/B splits; the dashboards link to it).
 * Saved audiences (segments) at /dialogues/segments (a static segment wins over `$dialogueId`).
 */
export const dialoguesListRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/dialogues",
  component: lazyPage(() => import("./DialoguesListPage"), "DialoguesListPage"),
});

export const flowsListRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/flows",
  component: lazyPage(() => import("./DialoguesListPage"), "DialoguesListPage"),
});

export const segmentsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/dialogues/segments",
  component: lazyPage(() => import("../targeting/SegmentsPage"), "SegmentsPage"),
});

const layout = lazyPage(() => import("./DialogueLayout"), "DialogueLayout");
const designer = lazyPage(() => import("../designer/DesignerPage"), "DesignerPage");
const targeting = lazyPage(() => import("../targeting/TargetingPage"), "TargetingPage");
const settings = lazyPage(() => import("./DialogueSettingsPage"), "DialogueSettingsPage");
const report = lazyPage(() => import("./report/DialogueReportPage"), "DialogueReportPage");

export const dialogueRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/dialogues/$dialogueId",
  component: layout,
});
const dialogueIndexRoute = createRoute({
  getParentRoute: () => dialogueRoute,
  path: "/",
  beforeLoad: ({ params }): void => {
    throw redirect({ to: "/dialogues/$dialogueId/design", params, replace: true });
  },
});
export const dialogueDesignRoute = createRoute({
  getParentRoute: () => dialogueRoute,
  path: "/design",
  component: designer,
});
export const dialogueTargetingRoute = createRoute({
  getParentRoute: () => dialogueRoute,
  path: "/targeting",
  component: targeting,
});
export const dialogueSettingsRoute = createRoute({
  getParentRoute: () => dialogueRoute,
  path: "/settings",
  component: settings,
});

export const dialogueReportRoute = createRoute({
  getParentRoute: () => dialogueRoute,
  path: "/report",
  validateSearch: ReportSearch,
  component: report,
});

export const flowRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/flows/$dialogueId",
  component: layout,
});
const flowIndexRoute = createRoute({
  getParentRoute: () => flowRoute,
  path: "/",
  beforeLoad: ({ params }): void => {
    throw redirect({ to: "/flows/$dialogueId/design", params, replace: true });
  },
});
export const flowDesignRoute = createRoute({
  getParentRoute: () => flowRoute,
  path: "/design",
  component: designer,
});
export const flowTargetingRoute = createRoute({
  getParentRoute: () => flowRoute,
  path: "/targeting",
  component: targeting,
});
export const flowSettingsRoute = createRoute({
  getParentRoute: () => flowRoute,
  path: "/settings",
  component: settings,
});

export const flowReportRoute = createRoute({
  getParentRoute: () => flowRoute,
  path: "/report",
  validateSearch: ReportSearch,
  component: report,
});

export const dialogueRoutes = [
  dialoguesListRoute,
  flowsListRoute,
  segmentsRoute,
  dialogueRoute.addChildren([
    dialogueIndexRoute,
    dialogueDesignRoute,
    dialogueTargetingRoute,
    dialogueSettingsRoute,
    dialogueReportRoute,
  ]),
  flowRoute.addChildren([
    flowIndexRoute,
    flowDesignRoute,
    flowTargetingRoute,
    flowSettingsRoute,
    flowReportRoute,
  ]),
] as const;
