import { createRoute, redirect } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";

/**
 * The Dialogues and Flows areas. Lists at /dialogues and /flows; one dialogue or flow at
 * /dialogues/$dialogueId or /flows/$dialogueId, whose layout (header, tabs) holds three pages:
 * the stream designer, targeting (a flow's: its delivery), and settings with the versions.
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

export const dialogueRoutes = [
  dialoguesListRoute,
  flowsListRoute,
  segmentsRoute,
  dialogueRoute.addChildren([
    dialogueIndexRoute,
    dialogueDesignRoute,
    dialogueTargetingRoute,
    dialogueSettingsRoute,
  ]),
  flowRoute.addChildren([flowIndexRoute, flowDesignRoute, flowTargetingRoute, flowSettingsRoute]),
] as const;
