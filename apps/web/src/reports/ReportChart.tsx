import type { ReportName, ReportQuery, ReportTable } from "@parley/protocol/reports";
import type { ReactNode } from "react";
import { ChartCanvas } from "./ChartCanvas";
import { chartPlan } from "./chartSeries";
import { ExportCsvLink } from "./ExportCsvLink";
import { ReportDataTable, type ReportDataTableProps } from "./ReportDataTable";

export interface ReportChartProps {
  siteId: string;
  report: ReportName;
  /** The report's query, for the table's CSV link. */
  query: Partial<ReportQuery>;
  table: ReportTable;
  locale?: string;
  /** Column keys to draw (default: every count column; see chartPlan). */
  series?: readonly string[];
  /** Said in place of the chart and table when the table has no row: what to do to fill it. */
  empty?: ReactNode;
  /** Title shown (default: the table's). */
  title?: string;
  renderCell?: ReportDataTableProps["renderCell"];
  /** Heading level of the title. */
  level?: 2 | 3;
}

/**
 * One table of a report drawn: its title, an "Export CSV" link, the chart (line or bar; named things
 * as horizontal bars) and the data table under it, always there — the table is what a screen reader
 * reads, and the chart's label summarises it. A table without rows says what would fill it.
 */
export function ReportChart({
  siteId,
  report,
  query,
  table,
  locale,
  series,
  empty,
  title = table.title,
  renderCell,
  level = 2,
}: ReportChartProps) {
  const plan = chartPlan(table, series);
  const Heading = level === 2 ? "h2" : "h3";
  const headingId = `report-${report}-${table.id}`;
  return (
    <section className="card report-section" aria-labelledby={headingId} data-report-section={table.id}>
      <div className="report-section-head">
        <Heading id={headingId}>{title}</Heading>
        {table.rows.length > 0 && (
          <ExportCsvLink siteId={siteId} report={report} tableId={table.id} title={title} query={query} />
        )}
      </div>
      {table.rows.length === 0 ? (
        <div className="report-empty">{empty ?? <p>Nothing was counted in these days.</p>}</div>
      ) : (
        <>
          {plan && <ChartCanvas table={table} plan={plan} locale={locale} />}
          <ReportDataTable table={{ ...table, title }} locale={locale} renderCell={renderCell} />
        </>
      )}
      {table.notes.length > 0 && (
        <ul className="report-notes">
          {table.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
