import type { ReportTotal } from "@parley/protocol/reports";
import { displayLabel } from "./chartSeries";
import { formatReportValue } from "./formatReportValue";

interface ReportTotalsProps {
  totals: readonly ReportTotal[];
  /** Which cards, in order (default: all). */
  keys?: readonly string[];
  locale?: string;
}

/** The report's number cards: one per total, label and value, as a description list. */
export function ReportTotals({ totals, keys, locale }: ReportTotalsProps) {
  const shown = keys ? keys.flatMap((key) => totals.filter((t) => t.key === key)) : totals;
  return (
    <dl className="report-totals">
      {shown.map((total) => (
        <div key={total.key} className="report-total" data-total={total.key}>
          <dt>{displayLabel(total)}</dt>
          <dd>{formatReportValue(total.type, total.value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
