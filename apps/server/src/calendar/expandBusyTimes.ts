import ICAL from "ical.js";
import { dateOf, tzidOf } from "./icalInstants";
import { recurrenceSet, type Span, spanFrom, startOf } from "./recurrenceSet";

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

/** Instances this far outside the window are still expanded (a RANGE=THISANDFUTURE override may move them in). */
const MOVED_SLACK_MS = 60 * 86_400_000;
/** A guard against endless or absurdly dense rules (a minutely rule over years); a daily series since 1970 fits. */
const MAX_OCCURRENCES = 100_000;

function isAllDay(event: ICAL.Component): boolean {
  return (event.getFirstPropertyValue("dtstart") as ICAL.Time | null)?.isDate === true;
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
    const zone = options.zone;
    const add = (item: ICAL.Component, span: Span, uid: string) => {
      if (isFree(item)) return;
      if (span.end <= span.start || span.end <= windowStart || span.start >= windowEnd) return;
      busy.push({ start: new Date(span.start).toISOString(), end: new Date(span.end).toISOString(), uid });
    };

    for (const [uid, group] of byUid) {
      if (options.skipUids?.has(uid)) continue;
      const master = group.master;
      const bounds = {
        from: windowStart - MOVED_SLACK_MS,
        to: windowEnd + MOVED_SLACK_MS,
        zone,
        maxOccurrences: MAX_OCCURRENCES,
      };
      const instances = master ? recurrenceSet(master, bounds) : [];
      // A moved or cancelled instance is its override; the series' length fills in a missing end.
      const seriesEnd = (start: ICAL.Time, tzid: string | null) => {
        const dtstart = master?.getFirstPropertyValue("dtstart") as ICAL.Time | null;
        if (!master || !dtstart) return startOf(start, tzid, zone);
        const series = spanFrom(master, dtstart, tzidOf(master.getFirstProperty("dtstart")), zone);
        return startOf(start, tzid, zone) + (series.end - series.start);
      };
      const overridden = new Set<number>();
      const ranges: { from: number; shift: number; length: number; item: ICAL.Component }[] = [];
      for (const override of group.overrides) {
        const ridProperty = override.getFirstProperty("recurrence-id");
        const rid = ridProperty?.getFirstValue() as ICAL.Time | undefined;
        const startProperty = override.getFirstProperty("dtstart");
        const start = startProperty?.getFirstValue() as ICAL.Time | undefined;
        if (!start) continue;
        const span = spanFrom(override, start, tzidOf(startProperty), zone, seriesEnd);
        add(override, span, uid);
        if (!rid || !master) continue;
        // The instance it replaces: the same instant, or the same date for a DATE RECURRENCE-ID.
        const ridTzid = tzidOf(ridProperty) ?? tzidOf(master.getFirstProperty("dtstart"));
        const ridKey = startOf(rid, ridTzid, zone);
        const byDate = rid.isDate || isAllDay(master);
        const replaced = instances.find((o) => (byDate ? o.date === dateOf(rid) : o.key === ridKey));
        if (replaced) overridden.add(replaced.key);
        if (String(ridProperty?.getParameter("range") ?? "").toUpperCase() === "THISANDFUTURE")
          ranges.push({
            from: ridKey,
            shift: span.start - ridKey,
            length: span.end - span.start,
            item: override,
          });
      }
      ranges.sort((x, y) => x.from - y.from);
      for (const instance of instances) {
        if (overridden.has(instance.key)) continue;
        // RANGE=THISANDFUTURE: later instances move and last as the nearest such override says.
        const range = ranges.findLast((r) => r.from <= instance.key);
        if (range) {
          const start = instance.start + range.shift;
          add(range.item, { start, end: start + range.length }, uid);
        } else if (master) add(master, instance, uid);
      }
    }
    return busy.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  });
}
