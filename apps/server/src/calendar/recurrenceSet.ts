import ICAL from "ical.js";
import { atTimeOf, dateOf, dayInstant, endAfter, instantOf, tzidOf } from "./icalInstants";

const DAY = 86_400_000;

const wallMs = (t: ICAL.Time) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/** A busy span, UTC epoch ms, half-open. */
export interface Span {
  start: number;
  end: number;
}

/** One instance of a series, as a RECURRENCE-ID names it and as it is busy. */
export interface Occurrence extends Span {
  /** The instance's original start: an instant (timed series) or the host-zone midnight (all-day). */
  key: number;
  /** Its original wall-clock date, YYYY-MM-DD (what a DATE EXDATE or RECURRENCE-ID names). */
  date: string;
}

export interface SetBounds {
  /** Instances starting before `from` and ending before it are not returned, nor those from `to` on (ms). */
  from: number;
  to: number;
  zone: string;
  /** The most rule instances read per RRULE (endless or absurdly dense rules). */
  maxOccurrences: number;
}

/** Where a time of the event starts: UTC instant, or host-zone midnight for a DATE. */
export function startOf(time: ICAL.Time, tzid: string | null, zone: string): number {
  return time.isDate ? dayInstant(time, zone) : instantOf(time, tzid, zone);
}

/**
 * How long an instance of `component` lasts when it starts at `start`: its DTEND's distance from
 * DTSTART (exact time; whole days for all-day events), else its DURATION (calendar days and exact
 * time), else `fallback` (an override without either keeps its series' length), else nothing for a
 * timed event and one day for an all-day one.
 */
export function spanFrom(
  component: ICAL.Component,
  start: ICAL.Time,
  startTzid: string | null,
  zone: string,
  fallback?: (start: ICAL.Time, tzid: string | null) => number,
): Span {
  const from = startOf(start, startTzid, zone);
  const dtstartProp = component.getFirstProperty("dtstart");
  const dtstart = dtstartProp?.getFirstValue() as ICAL.Time | undefined;
  const dtendProp = component.getFirstProperty("dtend");
  const dtend = dtendProp?.getFirstValue() as ICAL.Time | undefined;
  const duration = component.getFirstPropertyValue("duration") as ICAL.Duration | null;
  if (start.isDate) {
    let days = 1;
    if (dtstart && dtend?.isDate) days = Math.max(1, dtend.subtractDate(dtstart).toSeconds() / 86_400);
    else if (duration) days = Math.max(1, Math.round(duration.toSeconds() / 86_400));
    const last = start.clone();
    last.adjust(Math.round(days), 0, 0, 0);
    return { start: from, end: dayInstant(last, zone) };
  }
  if (dtstart && dtend && !dtend.isDate) {
    const length =
      instantOf(dtend, tzidOf(dtendProp) ?? tzidOf(dtstartProp), zone) -
      instantOf(dtstart, tzidOf(dtstartProp), zone);
    return { start: from, end: from + length };
  }
  if (duration) return { start: from, end: endAfter(start, duration, startTzid, zone) };
  return { start: from, end: fallback ? fallback(start, startTzid) : from };
}

/**
 * The recurrence set of a series master (RFC 5545 3.8.5): DTSTART, every RRULE instance and every
 * RDATE — DATE-TIME in its own TZID, DATE (the series' time of day on that date; the whole day in an
 * all-day series) or PERIOD (its own start and end) — minus EXDATE (an instant, or a whole date for
 * DATE values). Instances are matched by instant, never by text, so a UTC EXDATE removes a
 * Europe/Paris instance. Only instances that can touch [from, to) are returned, sorted.
 */
export function recurrenceSet(master: ICAL.Component, bounds: SetBounds): Occurrence[] {
  const { zone } = bounds;
  const dtstartProp = master.getFirstProperty("dtstart");
  const dtstart = dtstartProp?.getFirstValue() as ICAL.Time | undefined;
  if (!dtstart) return [];
  const tzid = tzidOf(dtstartProp);
  const found = new Map<number, Occurrence>();
  // Instances ending long before the window are dropped without working out their exact end
  // (a day's length changes with the clocks by hours, never by two days).
  const first = spanFrom(master, dtstart, tzid, zone);
  const before = bounds.from - (first.end - first.start) - 2 * DAY;
  /** `end`: a PERIOD's own end; else the series' length from this start. */
  const put = (start: ICAL.Time, startTzid: string | null, end?: number) => {
    const key = startOf(start, startTzid, zone);
    if (found.has(key) || key >= bounds.to || (end === undefined && key < before)) return;
    const until = end ?? spanFrom(master, start, startTzid, zone).end;
    if (until > bounds.from) found.set(key, { key, date: dateOf(start), start: key, end: until });
  };

  put(dtstart, tzid);
  for (const property of master.getAllProperties("rrule")) {
    const iterator = (property.getFirstValue() as ICAL.Recur).iterator(dtstart);
    for (let n = 0, next = iterator.next(); next && n < bounds.maxOccurrences; n++, next = iterator.next()) {
      // The wall clock read as UTC is within a day of the instant: far instances cost no zone lookup.
      const wall = wallMs(next);
      if (wall - DAY >= bounds.to) break;
      if (wall + DAY >= before) put(next.clone(), tzid);
    }
  }
  for (const property of master.getAllProperties("rdate")) {
    const rdateTzid = tzidOf(property) ?? tzid;
    for (const value of property.getValues() as (ICAL.Time | ICAL.Period)[]) {
      if (value instanceof ICAL.Period) {
        const end = value.end
          ? instantOf(value.end, rdateTzid, zone)
          : endAfter(value.start, value.duration as ICAL.Duration, rdateTzid, zone);
        put(value.start, rdateTzid, end);
      } else if (value.isDate === dtstart.isDate) put(value, rdateTzid);
      else if (value.isDate) put(atTimeOf(value, dtstart), tzid);
      else put(ICAL.Time.fromDateString(dateOf(value)), null);
    }
  }

  const exInstants = new Set<number>();
  const exDates = new Set<string>();
  for (const property of master.getAllProperties("exdate"))
    for (const value of property.getValues() as ICAL.Time[]) {
      if (value.isDate || dtstart.isDate) exDates.add(dateOf(value));
      else exInstants.add(instantOf(value, tzidOf(property) ?? tzid, zone));
    }
  return [...found.values()]
    .filter((o) => !exInstants.has(o.key) && !exDates.has(o.date))
    .sort((a, b) => a.key - b.key);
}
