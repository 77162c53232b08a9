import { DateTime, type Zone } from "luxon";

const DAY = 24 * 60 * 60_000;

/** One calendar date of the host's zone, as computeSlots walks them. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
  /** YYYY-MM-DD */
  iso: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** The real instant of the date's 00:00 (Luxon's reading of it). */
  midnight: number;
  /**
   * The offset is the same all day and the day lasts 24 h: wall time runs evenly, so the instant of
   * any time of day is midnight plus its minutes. False on the days the clocks change.
   */
  even: boolean;
}

interface Midnight {
  ms: number;
  offset: number;
  /** Luxon read it as 00:00 (a midnight inside a spring-forward gap reads later). */
  exact: boolean;
}

function midnightOf(zone: Zone, date: Date): Midnight {
  const dt = DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    { zone },
  );
  return { ms: dt.toMillis(), offset: dt.offset, exact: dt.hour === 0 && dt.minute === 0 };
}

/**
 * The local dates from the one holding `fromMs` to the one holding `toMs`, in `zone`. Each midnight
 * comes from Luxon: converted, or, after an even day, 24 h on once Luxon says the offset there is
 * still the same (no zone changes its clocks twice in a day). The calendar itself (next date,
 * weekday) is a plain date with no zone.
 */
export function* localDays(zone: Zone, fromMs: number, toMs: number): Generator<LocalDay> {
  const first = DateTime.fromMillis(fromMs, { zone });
  const last = DateTime.fromMillis(toMs, { zone }).toISODate() as string;
  const date = new Date(Date.UTC(first.year, first.month - 1, first.day));
  let midnight = midnightOf(zone, date);
  for (;;) {
    const iso = date.toISOString().slice(0, 10);
    if (iso > last) return;
    const next = new Date(date.getTime() + DAY);
    const even = midnight.exact && zone.offset(midnight.ms + DAY) === midnight.offset;
    yield {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      iso,
      weekday: date.getUTCDay() || 7,
      midnight: midnight.ms,
      even,
    };
    date.setTime(next.getTime());
    midnight = even
      ? { ms: midnight.ms + DAY, offset: midnight.offset, exact: true }
      : midnightOf(zone, next);
  }
}
