import type { Report, ReportName, ReportQuery } from "@parley/protocol/reports";
import type { Site } from "@parley/protocol/sites";
import type { ReactNode } from "react";
import { AccessDeniedPage } from "../pages/AccessDeniedPage";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { useSelectedSite } from "../shell/SelectedSiteContext";
import { PageHeader } from "../ui/PageHeader";
import { siteLocale } from "./formatReportValue";
import { ReportBody } from "./ReportBody";
import { ReportFilters } from "./ReportFilters";
import { todayIn } from "./reportDates";
import { reportDaysProblem, reportQueryOf, type ReportSearch } from "./reportSearch";
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
  /** Why these days cannot be reported (a custom range too long), or null. */
  problem: string | null;
  locale?: string;
}

/** What every ReportChart of a page shares: the site, the report, its query, the locale. */
export interface ReportChartBase {
  siteId: string;
  report: ReportName;
  query: Partial<ReportQuery>;
  locale?: string;
}

interface ReportsFrameProps {
  title: string;
  description: string;
  /** The report the page draws, and what loads, for the loading line ("the meetings report"). */
  report: ReportName;
  what: string;
  children(report: Report, base: ReportChartBase): ReactNode;
}

/**
 * A page of the Reports area: its header, the sub-navigation, and for the selected site the filters
 * bar and the report they ask for (loading and error states included).
 */
export function ReportsFrame({ title, description, report, what, children }: ReportsFrameProps) {
  const { can } = useSession();
  if (!can("reports.view")) return <AccessDeniedPage area="Reports" />;
  return (
    <div className="page page-wide reports-page">
      <PageHeader title={title} documentTitle={`${title} · Reports`} description={description} />
      <ReportsNav />
      <SiteRequired what="Reports fill in once a site has visitors.">
        {(siteId) => <OfSite key={siteId} name={report} what={what} draw={children} />}
      </SiteRequired>
    </div>
  );
}

function OfSite({
  name,
  what,
  draw,
}: {
  name: ReportName;
  what: string;
  draw: ReportsFrameProps["children"];
}) {
  const { site } = useSelectedSite();
  const view = useReportView(site!);
  const base = { siteId: view.siteId, report: name, query: view.query, locale: view.locale };
  return (
    <>
      <ReportFilters
        siteId={view.siteId}
        timeZone={view.site.timeZone}
        today={view.today}
        search={view.search}
        onChange={view.update}
        locale={view.locale}
        problem={view.problem}
      />
      <ReportBody view={view} name={name} what={what}>
        {(report) => draw(report, base)}
      </ReportBody>
    </>
  );
}

/** The report view of a site for the current route's search (also the dialogue's Report tab's). */
export function useReportView(site: Site): ReportView {
  const [search, update] = useReportSearch();
  const today = todayIn(site.timeZone, Date.now());
  const query = reportQueryOf(search, today);
  return {
    siteId: site.id,
    site,
    search,
    update,
    query,
    today,
    problem: reportDaysProblem({ from: query.from!, to: query.to! }),
    locale: siteLocale(site),
  };
}
