import type { ReactNode } from "react";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { EmptyState } from "../ui/EmptyState";

interface SiteRequiredProps {
  children(siteId: string): ReactNode;
  /** What appears once there is a site (default: people). */
  what?: string;
}

/** Renders its children with the selected site's id, or says why there is nothing to show. */
export function SiteRequired({
  children,
  what = "People appear here once a site has the widget installed.",
}: SiteRequiredProps) {
  const { site, isLoading } = useSelectedSite();
  if (isLoading) {
    return (
      <p className="loading" role="status">
        Loading sites…
      </p>
    );
  }
  if (!site) {
    return (
      <EmptyState title="No site yet" level={1}>
        <p>{what} Ask an admin for access to a site.</p>
      </EmptyState>
    );
  }
  return <>{children(site.id)}</>;
}
