import { ChangePasswordPage } from "./auth/ChangePasswordPage";
import { AccessDeniedPage } from "./pages/AccessDeniedPage";
import { ComingSoonPage } from "./pages/ComingSoonPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { WelcomePage } from "./pages/WelcomePage";
import { useLocation } from "./router/location";
import { Redirect } from "./router/Redirect";
import { useSession } from "./session/SessionContext";
import { SettingsPage } from "./settings/SettingsPage";
import { NAV_AREAS } from "./shell/navAreas";

/** The signed-in app's pages, by path. */
export function AppRoutes() {
  const { path } = useLocation();
  const { can } = useSession();

  if (path === "/") {
    const first = NAV_AREAS.find((area) => can(...area.permissions));
    return first ? <Redirect to={first.path} /> : <WelcomePage />;
  }
  if (path === "/account/password") return <ChangePasswordPage />;

  const area = NAV_AREAS.find((a) => path === a.path || path.startsWith(`${a.path}/`));
  if (!area) return <NotFoundPage />;
  if (!can(...area.permissions)) return <AccessDeniedPage area={area.label} />;
  if (area.path === "/settings") return <SettingsPage />;
  if (path !== area.path) return <NotFoundPage />;
  return <ComingSoonPage area={area} />;
}
