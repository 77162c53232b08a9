import { useQuery } from "@tanstack/react-query";
import { Outlet, useLocation, useRouter } from "@tanstack/react-router";
import { type ReactNode, useEffect } from "react";
import { LeaveDialogProvider } from "../forms/LeaveDialogProvider";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { RealtimeProvider } from "../realtime/RealtimeProvider";
import { isPageLeaving } from "../session/pageLeaving";
import { SessionProvider, useSession } from "../session/SessionContext";
import { AppShell } from "../shell/AppShell";
import { NAV_AREAS } from "../shell/navAreas";
import { SelectedSiteProvider } from "../shell/SelectedSiteContext";
import { meQuery } from "./meQuery";

/** Session, selected site and shell around the page; signs out to /sign-in when Me goes away (a 401). */
export function AppLayout(): ReactNode {
  const me = useQuery({ ...meQuery, refetchOnWindowFocus: true });
  const router = useRouter();
  const signedOut = me.data === null;
  // Once, when the session ends: the page to come back to is where the user was at that moment
  // (reading it on every render would chase our own navigation to /sign-in).
  useEffect(() => {
    if (!signedOut || isPageLeaving()) return;
    const { href } = router.state.location;
    void router.navigate({
      to: "/sign-in",
      search: { next: href === "/" ? undefined : href },
      replace: true,
    });
  }, [signedOut, router]);
  if (!me.data) return null;
  return (
    <SessionProvider me={me.data}>
      <SelectedSiteProvider>
        <RealtimeProvider>
          <LeaveDialogProvider>
            <AppShell>
              <AreaGate />
            </AppShell>
          </LeaveDialogProvider>
        </RealtimeProvider>
      </SelectedSiteProvider>
    </SessionProvider>
  );
}

/** An area opened by URL without its permissions says so (the server refuses its data too). */
function AreaGate() {
  const { can } = useSession();
  const path = useLocation({ select: (location) => location.pathname });
  const area = NAV_AREAS.find((a) => path === a.path || path.startsWith(`${a.path}/`));
  if (area && !can(...area.permissions)) return <AccessDeniedPage area={area.label} />;
  return <Outlet />;
}
