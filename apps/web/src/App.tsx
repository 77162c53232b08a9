import { useQuery } from "@tanstack/react-query";
import { AppRoutes } from "./AppRoutes";
import { queryKeys } from "./api/queryKeys";
import { AuthLayout } from "./auth/AuthLayout";
import { ForgotPasswordPage } from "./auth/ForgotPasswordPage";
import { PasswordLinkPage } from "./auth/PasswordLinkPage";
import { SetupPage } from "./auth/SetupPage";
import { SignInPage } from "./auth/SignInPage";
import { currentAppPath, useLocation } from "./router/location";
import { Redirect } from "./router/Redirect";
import { safeNextPath } from "./router/safeNextPath";
import { fetchMe } from "./session/fetchMe";
import { SessionProvider } from "./session/SessionContext";
import { AppShell } from "./shell/AppShell";
import { SelectedSiteProvider } from "./shell/SelectedSiteContext";
import { FormMessage } from "./ui/FormMessage";

/** Decides between the signed-out pages and the signed-in app, from Me. */
export function App() {
  const { path, search } = useLocation();
  const me = useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, refetchOnWindowFocus: true });

  if (path === "/setup") return <SetupPage />;
  // The pages of mailed links work whoever is signed in (or nobody): they sign in as the link's user.
  if (path === "/accept-invite" || path === "/reset-password") return <PasswordLinkPage />;
  if (path === "/forgot-password") return <ForgotPasswordPage />;
  if (me.isPending) {
    return (
      <p className="boot" role="status">
        Loading Parley…
      </p>
    );
  }
  if (me.isError) {
    return (
      <AuthLayout title="Parley is unreachable">
        <FormMessage error={me.error} />
        <button type="button" className="button button-primary button-block" onClick={() => me.refetch()}>
          Try again
        </button>
      </AuthLayout>
    );
  }
  if (!me.data) {
    if (path === "/sign-in") return <SignInPage />;
    const next = currentAppPath();
    return <Redirect to={next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`} />;
  }
  if (path === "/sign-in") return <Redirect to={safeNextPath(search.get("next"))} />;

  return (
    <SessionProvider me={me.data}>
      <SelectedSiteProvider>
        <AppShell>
          <AppRoutes />
        </AppShell>
      </SelectedSiteProvider>
    </SessionProvider>
  );
}
