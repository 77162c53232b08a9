const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function isKnownZone(zone: string): boolean {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The wall-clock fields of an instant in a zone (the platform's time-zone data, DST included). */
function wallClock(ms: number, zone: string) {
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    y: get("year"),
    mo: get("month"),
    d: get("day"),
    h: get("hour"),
    mi: get("minute"),
    s: get("second"),
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Europe/Berlin in summer: +7 200 000). */
function offsetAt(ms: number, zone: string): number {
  const w = wallClock(ms, zone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as a `datetime-local` input's value ("2026-03-29T09:30") on the zone's wall clock. */
export function toLocalInput(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return "";
  const w = wallClock(ms, zone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time in a zone names, as UTC ISO. A time skipped by a daylight-saving
 * change (02:30 on a spring-forward night) is read with the offset from before the change, so it
 * lands just after it (03:30), as clocks do; a time that happens twice takes the first. Null for
 * text that is not such a time.
 */
export function fromLocalInput(local: string, zone: string): string | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== d) return null;
  // Try the offsets in force around that time; keep the earliest candidate that reads back as typed.
  const offsets = new Set([
    offsetAt(asUtc - 86_400_000, zone),
    offsetAt(asUtc, zone),
    offsetAt(asUtc + 86_400_000, zone),
  ]);
  const candidates = [...offsets].map((o) => asUtc - o).sort((a, b) => a - b);
  const exact = candidates.find((ms) => toLocalInput(new Date(ms).toISOString(), zone) === local);
  if (exact !== undefined) return new Date(exact).toISOString();
  // Skipped time: the offset before the change (the largest, for a forward jump) moves it past the gap.
  const before = offsetAt(asUtc - 86_400_000, zone);
  return new Date(asUtc - before).toISOString();
}
