import { createRoute, redirect } from "@tanstack/react-router";
import { lazyPage } from "../routes/lazyPage";
import { z } from "zod";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { meCan } from "../session/meCan";
import { SETTINGS_SECTIONS } from "./settingsSections";

/** ?created=true: the thing was just created here, and the page says so once. */
const createdSearch = z.object({ created: z.boolean().optional().catch(undefined) });

const settingsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/settings",
  component: lazyPage(() => import("./SettingsPage"), "SettingsPage"),
});

/** /settings opens the first section this user may see. */
const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: "/",
  beforeLoad: ({ context }): void => {
    const first = SETTINGS_SECTIONS.find((s) => meCan(context.me, s.permissions));
    if (first) throw redirect({ to: first.path, replace: true });
  },
});

const rolesSection = lazyPage(() => import("./roles/RolesSection"), "RolesSection");
const sitesSection = lazyPage(() => import("./sites/SitesSection"), "SitesSection");
const outboxSection = lazyPage(() => import("./outbox/OutboxSection"), "OutboxSection");

/** Settings and its sections, each section's screens in a chunk of their own. */
export const settingsRoutes = settingsRoute.addChildren([
  settingsIndexRoute,
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/users",
    component: lazyPage(() => import("./users/UsersSection"), "UsersSection"),
  }),
  createRoute({ getParentRoute: () => settingsRoute, path: "/roles", component: rolesSection }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/roles/new",
    validateSearch: z.object({ from: z.string().optional().catch(undefined) }),
    component: rolesSection,
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/roles/$roleId",
    validateSearch: createdSearch,
    component: rolesSection,
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/teams",
    component: lazyPage(() => import("./teams/TeamsSection"), "TeamsSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/api-keys",
    component: lazyPage(() => import("./apiKeys/ApiKeysSection"), "ApiKeysSection"),
  }),
  createRoute({ getParentRoute: () => settingsRoute, path: "/sites", component: sitesSection }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/sites/$siteId",
    validateSearch: createdSearch,
    component: sitesSection,
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/answers",
    component: lazyPage(() => import("./answers/AnswerLibrarySection"), "AnswerLibrarySection"),
  }),
  createRoute({ getParentRoute: () => settingsRoute, path: "/outbox", component: outboxSection }),
  createRoute({ getParentRoute: () => settingsRoute, path: "/outbox/$mailId", component: outboxSection }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/live-chat",
    component: lazyPage(() => import("./liveChat/LiveChatSection"), "LiveChatSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/routing",
    component: lazyPage(() => import("./liveChat/RoutingSection"), "RoutingSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/canned-responses",
    component: lazyPage(() => import("./liveChat/CannedResponsesSection"), "CannedResponsesSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/agents",
    component: lazyPage(() => import("./liveChat/AgentsSection"), "AgentsSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/meetings",
    component: lazyPage(() => import("./meetings/MeetingSettingsSection"), "MeetingSettingsSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/meetings/hosts",
    component: lazyPage(() => import("./meetings/MeetingHostsSection"), "MeetingHostsSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/meetings/hosts/$userId",
    component: lazyPage(() => import("./meetings/MeetingHostPage"), "MeetingHostPage"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/webhooks",
    component: lazyPage(() => import("./webhooks/WebhooksSection"), "WebhooksSection"),
  }),
  createRoute({
    getParentRoute: () => settingsRoute,
    path: "/retention",
    component: lazyPage(() => import("./retention/RetentionSection"), "RetentionSection"),
  }),
]);
