import type { Report, ReportName } from "@parley/protocol/reports";
import type { ReactNode } from "react";
import { QueryState } from "../ui/QueryState";
import { useReport } from "./useReport";
import type { ReportView } from "./ReportsFrame";

interface ReportBodyProps {
  view: ReportView;
  name: ReportName;
  /** What loads, for the loading line ("the meetings report"). */
  what: string;
  children(report: Report): ReactNode;
}

/**
 * Loads one report for the view's query and renders it; loading and error states come from
 * QueryState, and while new filters load the previous numbers stay, dimmed and marked busy.
 */
export function ReportBody({ view, name, what, children }: ReportBodyProps) {
  const report = useReport(view.siteId, name, view.query, !view.problem);
  // The filters say what is wrong with the days; nothing is asked meanwhile.
  if (view.problem) return null;
  return (
    <QueryState query={report} what={what}>
      {(data) => (
        <div
          className={`stack${report.isPlaceholderData ? " report-stale" : ""}`}
          aria-busy={report.isFetching}
          data-report={name}
        >
          {children(data)}
        </div>
      )}
    </QueryState>
  );
}

/** A report's table by id; a missing one (an older server) is an empty table, never a crash. */
export function tableOf(report: Report, id: string, title = id) {
  return (
    report.tables.find((t) => t.id === id) ?? {
      id,
      title,
      chart: "none" as const,
      columns: [],
      rows: [],
      notes: [],
    }
  );
}
