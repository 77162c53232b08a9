import type { ReportColumn, ReportTable } from "@parley/protocol/reports";
import { formatDay, formatReportValue } from "./formatReportValue";

/** The chart's colours: distinct, each at least 3:1 against white (WCAG 1.4.11, graphics). */
export const SERIES_COLOURS = [
  "#1f5fd1",
  "#c2410c",
  "#177245",
  "#7c3aed",
  "#b42318",
  "#0e7490",
  "#a16207",
  "#be185d",
];

/** How a table is drawn. */
export interface ChartPlan {
  type: "line" | "bar";
  horizontal: boolean;
  /** The column the categories (x axis, or y when horizontal) come from. */
  label: ReportColumn;
  series: ReportColumn[];
}

/**
 * A column's or total's label as the app shows it: durations read as m:ss here, so a unit the label
 * carries for the CSV's raw seconds ("Average queue time (s)") is left out.
 */
export const displayLabel = (item: { label: string; type: string }): string =>
  item.type === "seconds" ? item.label.replace(/\s*\((s|sec|seconds)\)$/i, "") : item.label;

/** Columns the app shows (`id` columns are for links and the CSV). */
export const visibleColumns = (table: ReportTable): ReportColumn[] =>
  table.columns.filter((column) => column.type !== "id").map((c) => ({ ...c, label: displayLabel(c) }));

/**
 * What to draw of a table: its first date or text column gives the categories; the series are the
 * columns asked for (those the table has), or else every count column (counts, rates and durations are not drawn on one
 * axis: without counts, the first rate or duration column). Bars of named things (agents, pages,
 * dialogues) lie horizontally so long names stay readable; a bar chart of days stands upright.
 */
export function chartPlan(table: ReportTable, seriesKeys?: readonly string[]): ChartPlan | null {
  if (table.chart === "none") return null;
  const columns = visibleColumns(table);
  const label = columns.find((c) => c.type === "date") ?? columns.find((c) => c.type === "text");
  if (!label) return null;
  let series = (seriesKeys ?? []).flatMap((key) => columns.filter((c) => c.key === key));
  if (series.length === 0) {
    const counts = columns.filter((c) => c.type === "count");
    series =
      counts.length > 0
        ? counts
        : columns.filter((c) => c.type === "rate" || c.type === "seconds").slice(0, 1);
  }
  if (series.length === 0) return null;
  const type = table.chart === "line" ? "line" : "bar";
  return { type, horizontal: type === "bar" && label.type !== "date", label, series };
}

/** A category's text on the axis: days short ("1 Dec"), anything else as it is. */
export function categoryText(column: ReportColumn, value: unknown, locale?: string): string {
  if (value === null || value === undefined || value === "") return "—";
  return column.type === "date" ? formatDay(String(value), locale, "short") : String(value);
}

/**
 * What a screen reader hears for the chart: what it draws, over what, and each series' total (of
 * counts) or range, then where the exact values are. The data table holds every value.
 */
export function chartSummary(table: ReportTable, plan: ChartPlan, locale?: string): string {
  const kind = plan.type === "line" ? "Line chart" : plan.horizontal ? "Horizontal bar chart" : "Bar chart";
  const rows = table.rows;
  const first = rows[0]?.[plan.label.key];
  const last = rows[rows.length - 1]?.[plan.label.key];
  const over =
    rows.length === 0
      ? "no rows"
      : plan.label.type === "date"
        ? `${rows.length} ${rows.length === 1 ? "day" : "days"}, ${categoryText(plan.label, first, locale)} to ${categoryText(plan.label, last, locale)}`
        : `${rows.length} ${rows.length === 1 ? "row" : "rows"}, one per ${plan.label.label.toLowerCase()}`;
  const parts = plan.series.map((column) => {
    const values = rows.map((row) => row[column.key]).filter((v): v is number => typeof v === "number");
    if (values.length === 0) return `${column.label}: no values`;
    if (column.type === "count") {
      const total = values.reduce((sum, v) => sum + v, 0);
      const top = rows.reduce((best, row) =>
        Number(row[column.key] ?? -Infinity) > Number(best[column.key] ?? -Infinity) ? row : best,
      );
      return `${column.label}: ${formatReportValue("count", total, locale)} in all, most ${formatReportValue("count", top[column.key], locale)} (${categoryText(plan.label, top[plan.label.key], locale)})`;
    }
    const min = Math.min(...values);
    const max = Math.max(...values);
    return `${column.label}: from ${formatReportValue(column.type, min, locale)} to ${formatReportValue(column.type, max, locale)}`;
  });
  return `${kind}: ${table.title}, ${over}. ${parts.join("; ")}. The table "${table.title}" lists every value.`;
}
