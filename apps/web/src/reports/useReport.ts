import type { Report, ReportName, ReportQuery } from "@parley/protocol/reports";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

const reportPath = (siteId: string, name: ReportName) =>
  `/api/sites/${encodeURIComponent(siteId)}/reports/${name}`;

/**
 * One report of the site for a query (its days already resolved: see reportQueryOf). While another
 * filter loads, the previous numbers stay on screen (marked stale by the page).
 */
export function useReport(siteId: string, name: ReportName, query: Partial<ReportQuery>, enabled = true) {
  return useQuery({
    queryKey: queryKeys.site(siteId).report(name, query),
    queryFn: () => apiRequest<Report>("GET", `${reportPath(siteId, name)}${queryString(query)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The CSV of one table of a report with the same query: a plain link, so the browser downloads it. */
export function reportCsvUrl(
  siteId: string,
  name: ReportName,
  tableId: string,
  query: Partial<ReportQuery>,
): string {
  return `${reportPath(siteId, name)}/${encodeURIComponent(tableId)}.csv${queryString(query)}`;
}
