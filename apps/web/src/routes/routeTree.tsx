import { agentProfileRoute } from "../agent/agentRoutes";
import { accountMeetingRoutes } from "../availability/availabilityRoutes";
import { dialogueRoutes } from "../dialogues/dialogueRoutes";
import { inboxRoutes } from "../inbox/inboxRoutes";
import { meetingsRoute } from "../meetings/meetingsRoutes";
import { peopleRoutes } from "../people/peopleRoutes";
import { reportsRoutes } from "../reports/reportsRoutes";
import { settingsRoutes } from "../settings/settingsRoutes";
import { appLayoutRoute } from "./appLayoutRoute";
import { appRoutes } from "./appRoutes";
import { authRoutes } from "./authRoutes";
import { rootRoute } from "./rootRoute";

/** Every page of the app: the signed-out pages, and the signed-in app with its areas. */
export const routeTree = rootRoute.addChildren([
  ...authRoutes,
  appLayoutRoute.addChildren([
    ...appRoutes,
    agentProfileRoute,
    ...accountMeetingRoutes,
    meetingsRoute,
    settingsRoutes,
    ...peopleRoutes,
    ...inboxRoutes,
    ...dialogueRoutes,
    ...reportsRoutes,
  ]),
]);
