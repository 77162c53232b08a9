import type { ReportTable } from "@parley/protocol/reports";
import { COUNT_METRICS, countsBy, metricColumns, zeroCounts } from "./dialogueMetrics";
import type { EventCount } from "./eventCounts";
import type { ReportInput } from "./reportInput";

/** Every day of the range (days without events show zeros) with the six counts. */
export function trendTable(input: ReportInput, rows: EventCount[]): ReportTable {
  const byDay = countsBy(rows, (r) => r.day);
  return {
    id: "trend",
    title: "By day",
    chart: "line",
    columns: [{ key: "day", label: "Day", type: "date" }, ...metricColumns(COUNT_METRICS)],
    rows: input.range.days.map((day) => ({ day, ...(byDay.get(day) ?? zeroCounts()) })),
    notes: [],
  };
}
