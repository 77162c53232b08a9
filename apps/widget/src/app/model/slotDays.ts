import type { SlotDay } from "@parley/protocol/meetings";

/** The browser's own zone: the visitor's days and times are theirs. */
export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

/** One day of the visitor's calendar with its times, labelled in their language. */
export interface DayChoice {
  /** YYYY-MM-DD in the visitor's zone. */
  date: string;
  /** The day button's two lines ("Mon", "Mar 1"). */
  weekday: string;
  day: string;
  /** The whole day, for screen readers and the confirmation ("Monday, March 1"). */
  long: string;
  /** Starts and their short times in the locale ("9:00 AM", "09:00"). */
  times: { start: string; label: string }[];
}

/** Instants as the visitor reads them, in their zone and locale (Intl: no offsets of our own). */
export interface SlotFormat {
  /** YYYY-MM-DD of an instant in the zone. */
  date(at: string): string;
  weekday(at: string): string;
  day(at: string): string;
  long(at: string): string;
  time(at: string): string;
  /** The zone's name for the visitor ("Eastern Time"), else its IANA name. */
  zone(at: string): string;
}

export function slotFormat(locale: string, timeZone: string): SlotFormat {
  const f = (options: Intl.DateTimeFormatOptions, lang = locale) => {
    const format = new Intl.DateTimeFormat(lang, { ...options, timeZone });
    return (at: string) => format.format(new Date(at));
  };
  const zoneName = () => {
    const format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" });
    return (at: string) =>
      (at && format.formatToParts(new Date(at)).filter((p) => p.type === "timeZoneName")[0]?.value) ||
      timeZone;
  };
  let zone = (_: string) => timeZone;
  try {
    zone = zoneName();
  } catch {
    // An engine without generic zone names: the IANA name.
  }
  return {
    // Swedish writes dates as YYYY-MM-DD.
    date: f({ year: "numeric", month: "2-digit", day: "2-digit" }, "sv"),
    weekday: f({ weekday: "short" }),
    day: f({ month: "short", day: "numeric" }),
    long: f({ weekday: "long", month: "long", day: "numeric" }),
    time: f({ timeStyle: "short" }),
    zone,
  };
}

/**
 * The offer's slots by the visitor's own days, in order. Grouped again by the zone the times are
 * shown in, so a day never holds a time of another date (whatever zone the server grouped by).
 */
export function slotDays(days: readonly SlotDay[], format: SlotFormat): DayChoice[] {
  const out: DayChoice[] = [];
  const starts = days.flatMap((d) => d.slots.map((s) => s.start));
  for (const start of starts.sort((a, b) => Date.parse(a) - Date.parse(b))) {
    const date = format.date(start);
    let day = out[out.length - 1];
    if (!day || day.date !== date) {
      day = {
        date,
        weekday: format.weekday(start),
        day: format.day(start),
        long: format.long(start),
        times: [],
      };
      out.push(day);
    }
    if (day.times.every((t) => t.start !== start)) day.times.push({ start, label: format.time(start) });
  }
  return out;
}
