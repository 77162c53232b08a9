import { Link, useLocation } from "@tanstack/react-router";
import { useSession } from "../session/SessionContext";
import { NAV_AREAS } from "./navAreas";

/** The areas this user may open; areas they lack every permission for are not listed. */
export function MainNav() {
  const { can } = useSession();
  const path = useLocation({ select: (location) => location.pathname });
  const areas = NAV_AREAS.filter((area) => can(...area.permissions));
  return (
    <nav className="main-nav" aria-label="Main">
      <ul>
        {areas.map((area) => {
          const current = path === area.path || path.startsWith(`${area.path}/`);
          return (
            <li key={area.path}>
              <Link to={area.path} aria-current={current ? "page" : undefined}>
                {area.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
