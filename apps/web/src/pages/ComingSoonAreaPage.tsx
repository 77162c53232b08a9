import { useLocation } from "@tanstack/react-router";
import { NAV_AREAS } from "../shell/navAreas";
import { ComingSoonPage } from "./ComingSoonPage";
import { NotFoundPage } from "./NotFoundPage";

/** The "coming soon" page of the area at the current path. */
export function ComingSoonAreaPage() {
  const path = useLocation({ select: (location) => location.pathname });
  const area = NAV_AREAS.find((a) => a.path === path);
  return area ? <ComingSoonPage area={area} /> : <NotFoundPage />;
}
