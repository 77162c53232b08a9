import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";

/** /account/agent: the signed-in agent's own profile (availability, photo, zone, schedule, limit). */
export const agentProfileRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/account/agent",
  component: lazyPage(() => import("./AgentProfilePage"), "AgentProfilePage"),
});
