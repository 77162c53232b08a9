import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";

export interface BusyInterval {
  /** UTC instants, ISO text. */
  start: string;
  end: string;
  uid: string | null;
}

export interface ExpandOptions {
  /** Only busy times that touch [windowStart, windowEnd) are returned (UTC instants). */
  windowStart: string;
  windowEnd: string;
  /** The host's availability zone: all-day events block its whole local days; floating times are read in it. */
  zone: string;
  /** Event UIDs that are not counted (Parley's own meetings, already counted as bookings). */
  skipUids?: ReadonlySet<string>;
}

/** An instance whose original time lies this far outside the window may have been moved into it. */
const MOVED_SLACK_MS = 60 * 86_400_000;
/** A guard against endless or absurdly dense rules (a minutely rule over years); a daily series since 1970 fits. */
const MAX_OCCURRENCES = 100_000;

/** The zone a DATE-TIME property names (TZID), for times ical.js could not resolve itself. */
function tzidOf(component: ICAL.Component, name: string): string | null {
  const tzid = component.getFirstProperty(name)?.getParameter("tzid");
  return typeof tzid === "string" ? tzid : null;
}

/**
 * One ical.js time as a UTC instant (ms). UTC and times in a registered VTIMEZONE are ical.js's own
 * arithmetic; a TZID without a definition in the file is read as an IANA name through Luxon when it
 * is one, and floating times (and unknown names) in the host's zone.
 */
function instantOf(time: ICAL.Time, tzid: string | null, hostZone: string): number {
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

/** All-day events block whole days in the host's zone, from the start date to the (exclusive) end date. */
function dayInstant(time: ICAL.Time, hostZone: string): number {
  return DateTime.fromObject(
    { year: time.year, month: time.month, day: time.day },
    { zone: hostZone },
  ).toMillis();
}

function isFree(component: ICAL.Component): boolean {
  const transp = String(component.getFirstPropertyValue("transp") ?? "").toUpperCase();
  const status = String(component.getFirstPropertyValue("status") ?? "").toUpperCase();
  return transp === "TRANSPARENT" || status === "CANCELLED";
}

/** Registers the file's VTIMEZONE definitions for as long as `work` runs (the service is process-wide). */
function withTimezones<T>(calendars: ICAL.Component[], work: () => T): T {
  const added: string[] = [];
  const replaced = new Map<string, ICAL.Timezone>();
  for (const calendar of calendars)
    for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
      const timezone = new ICAL.Timezone(vtimezone);
      if (!timezone.tzid) continue;
      if (!added.includes(timezone.tzid) && !replaced.has(timezone.tzid)) {
        const previous = ICAL.TimezoneService.get(timezone.tzid);
        if (previous) replaced.set(timezone.tzid, previous);
        else added.push(timezone.tzid);
      }
      ICAL.TimezoneService.register(timezone);
    }
  try {
    return work();
  } finally {
    for (const tzid of added) ICAL.TimezoneService.remove(tzid);
    for (const timezone of replaced.values()) ICAL.TimezoneService.register(timezone);
  }
}

/**
 * The busy intervals in one or more iCalendar texts (an ICS feed, or a CalDAV calendar's objects):
 * recurrences expanded within the window, EXDATE removing instances, RECURRENCE-ID overrides moving
 * or replacing them (a cancelled override frees its instance), transparent and cancelled events free,
 * all-day events blocking whole local days of the host. Throws on text that is not iCalendar.
 */
export function expandBusyTimes(texts: readonly string[], options: ExpandOptions): BusyInterval[] {
  const windowStart = Date.parse(options.windowStart);
  const windowEnd = Date.parse(options.windowEnd);
  const calendars = texts.flatMap((text) => {
    const parsed = ICAL.parse(text);
    // Several VCALENDARs in one text parse as a list of them.
    const list = Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
    return list.map((jcal) => new ICAL.Component(jcal as unknown[]));
  });

  return withTimezones(calendars, () => {
    // Masters and their overrides share a UID (in a feed, overrides may come in any order).
    const byUid = new Map<string, { master: ICAL.Component | null; overrides: ICAL.Component[] }>();
    for (const calendar of calendars)
      for (const vevent of calendar.getAllSubcomponents("vevent")) {
        const uid = String(vevent.getFirstPropertyValue("uid") ?? `no-uid-${byUid.size}`);
        const group = byUid.get(uid) ?? { master: null, overrides: [] };
        if (vevent.hasProperty("recurrence-id")) group.overrides.push(vevent);
        else group.master = vevent;
        byUid.set(uid, group);
      }

    const busy: BusyInterval[] = [];
    const add = (item: ICAL.Component, start: ICAL.Time, end: ICAL.Time | null, uid: string) => {
      if (isFree(item)) return;
      let from: number;
      let to: number;
      if (start.isDate) {
        // DTEND is exclusive; a missing (or not later) end means the one day.
        let last = end && end.isDate && end.compare(start) > 0 ? end : null;
        if (!last) {
          last = start.clone();
          last.adjust(1, 0, 0, 0);
        }
        from = dayInstant(start, options.zone);
        to = dayInstant(last, options.zone);
      } else {
        const tzid = tzidOf(item, "dtstart");
        from = instantOf(start, tzid, options.zone);
        to = end ? instantOf(end, tzidOf(item, "dtend") ?? tzid, options.zone) : from;
      }
      if (to <= from || to <= windowStart || from >= windowEnd) return;
      busy.push({ start: new Date(from).toISOString(), end: new Date(to).toISOString(), uid });
    };

    for (const [uid, group] of byUid) {
      if (options.skipUids?.has(uid)) continue;
      if (!group.master) {
        // Overrides without their series (a CalDAV query can return just the moved instance).
        for (const override of group.overrides) {
          const event = new ICAL.Event(override);
          add(override, event.startDate, event.endDate, uid);
        }
        continue;
      }
      const event = new ICAL.Event(group.master);
      for (const override of group.overrides) event.relateException(override);
      if (!event.isRecurring()) {
        add(group.master, event.startDate, event.endDate, uid);
        continue;
      }
      const iterator = event.iterator();
      for (let n = 0, next = iterator.next(); next && n < MAX_OCCURRENCES; n++, next = iterator.next()) {
        const original = instantOf(next, tzidOf(group.master, "dtstart"), options.zone);
        if (original >= windowEnd + MOVED_SLACK_MS) break;
        if (original < windowStart - MOVED_SLACK_MS) continue;
        const details = event.getOccurrenceDetails(next);
        add(details.item.component, details.startDate, details.endDate, uid);
      }
    }
    return busy.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  });
}
