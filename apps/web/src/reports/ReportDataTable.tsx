import type { ReportColumn, ReportTable } from "@parley/protocol/reports";
import type { ReactNode } from "react";
import { visibleColumns } from "./chartSeries";
import { formatReportValue } from "./formatReportValue";

export type ReportRow = ReportTable["rows"][number];

export interface ReportDataTableProps {
  table: ReportTable;
  locale?: string;
  /** A cell's content in place of its text (e.g. a link to the dialogue's report). */
  renderCell?(column: ReportColumn, row: ReportRow, text: string): ReactNode;
  /** Shown as the caption (defaults to the table's title). */
  caption?: string;
}

const numeric = (column: ReportColumn) => column.type !== "text" && column.type !== "date";
const cellClass = (column: ReportColumn) =>
  numeric(column) ? "num" : column.type === "date" ? "nowrap" : undefined;

/**
 * The data of one chart as an accessible table: a caption, column headers, the first column a row
 * header, values formatted (counts, rates as %, durations as m:ss, days in the locale). It scrolls
 * inside its frame (focusable, so a keyboard can scroll it too).
 */
export function ReportDataTable({ table, locale, renderCell, caption }: ReportDataTableProps) {
  const columns = visibleColumns(table);
  return (
    <div
      className="table-wrap report-table-wrap"
      tabIndex={0}
      role="region"
      aria-label={`${caption ?? table.title} (table)`}
    >
      <table className="table report-table" data-report-table={table.id}>
        <caption className="visually-hidden">{caption ?? table.title}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column, at) => {
                const text = formatReportValue(column.type, row[column.key], locale);
                const content = renderCell ? renderCell(column, row, text) : text;
                const className = cellClass(column);
                return at === 0 ? (
                  <th key={column.key} scope="row" className={className} data-label={column.label}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className} data-label={column.label}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
