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

const midnightOf = (zone: Zone, date: Date) =>
  DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
    { zone },
  );

/**
 * The local dates from the one holding `fromMs` to the one holding `toMs`, in `zone`. Each midnight
 * comes from Luxon; the calendar itself (next date, weekday) is a plain date with no zone.
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
    const nextMidnight = midnightOf(zone, next);
    yield {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      iso,
      weekday: date.getUTCDay() || 7,
      midnight: midnight.toMillis(),
      even:
        midnight.hour === 0 &&
        midnight.minute === 0 &&
        midnight.offset === nextMidnight.offset &&
        nextMidnight.toMillis() - midnight.toMillis() === DAY,
    };
    date.setTime(next.getTime());
    midnight = nextMidnight;
  }
}
