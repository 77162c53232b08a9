import type { ReportQuery } from "@parley/protocol/reports";
import { DateTime } from "luxon";
import { invalidField } from "../../errors";

/** The most days one report may span (a year and a day: leap years). */
export const MAX_REPORT_DAYS = 367;
const DEFAULT_DAYS = 30;

/** A report's days, resolved in the site's zone: local days and the UTC instants that bound them. */
export interface ReportRange {
  /** First and last day (included), YYYY-MM-DD in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  /** Every day from `from` to `to`, in order. */
  days: string[];
  /** UTC instants: the start of `from` (included) and of the day after `to` (excluded). */
  startMs: number;
  endMs: number;
  startIso: string;
  endIso: string;
}

/**
 * Resolves a report query's dates in the site's time zone: `to` defaults to today there, `from` to
 * 29 days before `to`. Days start at local midnight (a DST day has 23 or 25 hours). A range that is
 * backwards or longer than MAX_REPORT_DAYS is refused (400).
 */
export function reportRange(
  query: Pick<ReportQuery, "from" | "to">,
  timeZone: string,
  nowMs: number,
): ReportRange {
  const today = DateTime.fromMillis(nowMs, { zone: timeZone }).toISODate();
  if (!today) throw invalidField("timeZone", "is not a time zone such as Europe/Paris");
  const to = query.to ?? today;
  const toDay = DateTime.fromISO(to, { zone: timeZone });
  const from = query.from ?? toDay.minus({ days: DEFAULT_DAYS - 1 }).toISODate()!;
  const fromDay = DateTime.fromISO(from, { zone: timeZone });
  if (!fromDay.isValid) throw invalidField("from", "is not a calendar day");
  if (!toDay.isValid) throw invalidField("to", "is not a calendar day");
  if (fromDay > toDay) throw invalidField("from", "is after `to`");
  const days: string[] = [];
  for (let day = fromDay; day <= toDay; day = day.plus({ days: 1 })) {
    days.push(day.toISODate()!);
    if (days.length > MAX_REPORT_DAYS) throw invalidField("from", `spans more than ${MAX_REPORT_DAYS} days`);
  }
  const startMs = fromDay.startOf("day").toMillis();
  const endMs = toDay.plus({ days: 1 }).startOf("day").toMillis();
  return {
    from,
    to,
    timeZone,
    days,
    startMs,
    endMs,
    startIso: new Date(startMs).toISOString(),
    endIso: new Date(endMs).toISOString(),
  };
}
