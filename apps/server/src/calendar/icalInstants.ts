import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";

/** The zone a property names (TZID), for times ical.js could not resolve itself. */
export function tzidOf(property: ICAL.Property | null | undefined): string | null {
  const tzid = property?.getParameter("tzid");
  return typeof tzid === "string" ? tzid : null;
}

/**
 * One ical.js DATE-TIME as a UTC instant (ms). UTC and times in a registered VTIMEZONE are ical.js's
 * own arithmetic; a TZID without a definition in the file is read as an IANA name through Luxon when
 * it is one, and floating times (and unknown names) in the host's zone.
 */
export function instantOf(time: ICAL.Time, tzid: string | null, hostZone: string): number {
  const zone = time.zone;
  if (zone && (zone.tzid === "UTC" || zone.component)) return time.toUnixTime() * 1000;
  return DateTime.fromObject(
    {
      year: time.year,
      month: time.month,
      day: time.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    },
    { zone: tzid && IANAZone.isValidZone(tzid) ? tzid : hostZone },
  ).toMillis();
}

/** The 00:00 of a date in the host's zone: all-day events block whole days there. */
export function dayInstant(time: ICAL.Time, hostZone: string): number {
  return DateTime.fromObject(
    { year: time.year, month: time.month, day: time.day },
    { zone: hostZone },
  ).toMillis();
}

/** The wall-clock date of a time, YYYY-MM-DD (what a DATE value names). */
export function dateOf(time: ICAL.Time): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

/** `date` at the wall-clock time of day of `like`, in its zone (a DATE value in a timed series). */
export function atTimeOf(date: ICAL.Time, like: ICAL.Time): ICAL.Time {
  return ICAL.Time.fromData(
    {
      year: date.year,
      month: date.month,
      day: date.day,
      hour: like.hour,
      minute: like.minute,
      second: like.second,
      isDate: false,
    },
    like.zone,
  );
}

/**
 * The end of a span that starts at `start` (wall clock, read with `tzid`) and lasts `duration`:
 * days and weeks are calendar days on the wall clock (a day is 23 h across a spring change),
 * hours, minutes and seconds are exact time, as RFC 5545 defines DURATION.
 */
export function endAfter(start: ICAL.Time, duration: ICAL.Duration, tzid: string | null, hostZone: string) {
  const sign = duration.isNegative ? -1 : 1;
  const day = start.clone();
  day.adjust(sign * (duration.weeks * 7 + duration.days), 0, 0, 0);
  const exact = (duration.hours * 3600 + duration.minutes * 60 + duration.seconds) * 1000;
  return instantOf(day, tzid, hostZone) + sign * exact;
}
