import type { ReportQuery } from "@parley/protocol/reports";
import type { Site } from "@parley/protocol/sites";
import type { ReactNode } from "react";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { PageHeader } from "../ui/PageHeader";
import { siteLocale } from "./formatReportValue";
import { todayIn } from "./reportDates";
import { reportQueryOf, type ReportSearch } from "./reportSearch";
import { ReportsNav } from "./ReportsNav";
import { useReportSearch } from "./useReportSearch";
import "./reports.css";

/** What a report page draws with: the site, its filters, the query they make, the locale. */
export interface ReportView {
  siteId: string;
  site: Site;
  search: ReportSearch;
  update(patch: Partial<ReportSearch>): void;
  query: Partial<ReportQuery>;
  /** Today in the site's zone. */
  today: string;
  locale?: string;
}

interface ReportsFrameProps {
  title: string;
  description: string;
  children(view: ReportView): ReactNode;
}

/** A page of the Reports area: its header, the sub-navigation, the selected site's report view. */
export function ReportsFrame({ title, description, children }: ReportsFrameProps) {
  const { can } = useSession();
  if (!can("reports.view")) return <AccessDeniedPage area="Reports" />;
  return (
    <div className="page page-wide reports-page">
      <PageHeader title={title} documentTitle={`${title} · Reports`} description={description} />
      <ReportsNav />
      <SiteRequired what="Reports fill in once a site has visitors.">
        {(siteId) => <OfSite key={siteId}>{children}</OfSite>}
      </SiteRequired>
    </div>
  );
}

function OfSite({ children }: { children: ReportsFrameProps["children"] }) {
  const { site } = useSelectedSite();
  const view = useReportView(site!);
  return <>{children(view)}</>;
}

/** The report view of a site for the current route's search (also the dialogue's Report tab's). */
export function useReportView(site: Site): ReportView {
  const [search, update] = useReportSearch();
  const today = todayIn(site.timeZone, Date.now());
  return {
    siteId: site.id,
    site,
    search,
    update,
    query: reportQueryOf(search, today),
    today,
    locale: siteLocale(site),
  };
}
