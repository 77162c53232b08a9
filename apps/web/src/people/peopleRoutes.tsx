import { createRoute } from "@tanstack/react-router";
import { ComingSoonPage } from "../pages/ComingSoonPage";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { NAV_AREAS } from "../shell/navAreas";

// Placeholder until the People screens land (h8-ppl owns this folder).
function PeoplePlaceholder() {
  const area = NAV_AREAS.find((a) => a.path === "/people");
  return area ? <ComingSoonPage area={area} /> : null;
}

export const peopleRoutes = [
  createRoute({ getParentRoute: () => appLayoutRoute, path: "/people", component: PeoplePlaceholder }),
];
