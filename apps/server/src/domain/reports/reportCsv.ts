import type { Report, ReportTable } from "@parley/protocol/reports";
import { notFound } from "../../errors";
import { csvLine } from "../../lib/csv";

/** The table of a report the CSV route exports (404 when the report has none of that name). */
export function reportTable(report: Report, tableId: string): ReportTable {
  const table = report.tables.find((t) => t.id === tableId);
  if (!table) throw notFound("Report table");
  return table;
}

/**
 * A report table as CSV: a header of the column labels, then the rows exactly as the JSON has them
 * (rates as fractions 0…1, seconds as numbers, empty for null), lines ending CRLF, formula-safe.
 */
export function reportTableCsv(table: ReportTable): string {
  const header = csvLine(table.columns.map((c) => c.label));
  return header + table.rows.map((row) => csvLine(table.columns.map((c) => row[c.key] ?? null))).join("");
}
