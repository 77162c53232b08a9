import type { ReportCell, ReportValueType } from "@parley/protocol/reports";

/** What an empty value reads as (a rate whose divisor is 0, an average of nothing). */
export const NO_VALUE = "—";

/**
 * The locale a site's numbers and days are written in: its language when one is set, otherwise the
 * viewer's (`undefined` lets Intl pick the browser's).
 */
export function siteLocale(site: { language: string } | null | undefined): string | undefined {
  return site && site.language !== "auto" ? site.language : undefined;
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format as T;
}

/** Seconds as m:ss, or h:mm:ss from an hour on (rounded to the second). */
export function formatSeconds(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  const sign = seconds < 0 && total > 0 ? "-" : "";
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, "0")}:${s}` : `${sign}${m}:${s}`;
}

/** A site-local day (YYYY-MM-DD) written in the locale; the day is a date, so no zone shifts it. */
export function formatDay(day: string, locale?: string, style: "medium" | "short" = "medium"): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const format = cached(`day|${locale}|${style}`, () =>
    style === "short"
      ? new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short" })
      : new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium" }),
  );
  return format.format(date);
}

/**
 * One report value as people read it: counts with digit grouping, rates (0…1) as a percentage with
 * at most one decimal, durations (seconds) as m:ss, days in the locale; null as a dash.
 */
export function formatReportValue(
  type: ReportValueType,
  value: ReportCell | undefined,
  locale?: string,
): string {
  if (value === null || value === undefined || value === "") return NO_VALUE;
  switch (type) {
    case "count":
      return typeof value === "number"
        ? cached(`count|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })).format(
            value,
          )
        : String(value);
    case "rate":
      return typeof value === "number"
        ? cached(
            `rate|${locale}`,
            () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
          ).format(value)
        : String(value);
    case "seconds":
      return typeof value === "number" ? formatSeconds(value) : String(value);
    case "date":
      return formatDay(String(value), locale);
    default:
      return String(value);
  }
}
