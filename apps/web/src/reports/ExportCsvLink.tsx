import type { ReportName, ReportQuery } from "@parley/protocol/reports";
import { useSession } from "../session/SessionContext";
import { reportCsvUrl } from "./useReport";

interface ExportCsvLinkProps {
  siteId: string;
  report: ReportName;
  tableId: string;
  /** The table's title, so each link of a page has its own name. */
  title: string;
  query: Partial<ReportQuery>;
}

/**
 * "Export CSV" of one table with the report's very query (the same rows as the table), for those
 * who may export reports; a plain link, so the browser downloads the file.
 */
export function ExportCsvLink({ siteId, report, tableId, title, query }: ExportCsvLinkProps) {
  const { can } = useSession();
  if (!can("reports.export")) return null;
  return (
    <a
      className="button button-secondary report-export"
      href={reportCsvUrl(siteId, report, tableId, query)}
      download
      aria-label={`Export CSV: ${title}`}
    >
      Export CSV
    </a>
  );
}
