// The "now" control shows and takes the wall-clock time of the chosen time zone. Offsets come from
// the platform's time-zone data (Intl), never from a hand-made table, so daylight saving is right.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let found = formatters.get(timeZone);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      return null;
    }
    formatters.set(timeZone, found);
  }
  return found;
}

export const isTimeZone = (timeZone: string): boolean => timeZone !== "" && formatter(timeZone) !== null;

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `YYYY-MM-DDTHH:mm` (a datetime-local value): the wall-clock time of `instant` in `timeZone`. */
export function wallTimeIn(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    (formatter(timeZone) ?? (formatter("UTC") as Intl.DateTimeFormat))
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const asUtc = (wall: string): number | null => {
  const m = WALL.exec(wall);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi);
  // Date.UTC rolls 2025-02-30 over into March: refuse what is not a real calendar time.
  return new Date(ms).toISOString().slice(0, 16) === wall ? ms : null;
};

/**
 * The instant at which `timeZone`'s clocks show `wall`, or null (malformed, unknown zone). A wall time
 * skipped by a daylight-saving jump resolves to the instant just after the jump.
 */
export function instantOf(wall: string, timeZone: string): Date | null {
  const target = asUtc(wall);
  if (target === null || !isTimeZone(timeZone)) return null;
  const offsetAt = (ms: number) => (asUtc(wallTimeIn(new Date(ms), timeZone)) ?? ms) - ms;
  let guess = target - offsetAt(target);
  guess = target - offsetAt(guess);
  return new Date(guess);
}
