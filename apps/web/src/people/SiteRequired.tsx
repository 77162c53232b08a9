import type { ReactNode } from "react";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { EmptyState } from "../ui/EmptyState";

/** Renders its children with the selected site's id, or says why there is nothing to show. */
export function SiteRequired({ children }: { children(siteId: string): ReactNode }) {
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
        <p>People appear here once a site has the widget installed. Ask an admin for access to a site.</p>
      </EmptyState>
    );
  }
  return <>{children(site.id)}</>;
}
