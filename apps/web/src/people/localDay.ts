/** A calendar day as the date input gives it: "2026-03-05". */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a local day starts, in the browser's time zone (ISO 8601, UTC). `offsetDays` moves to a
 * later day: the exclusive end of a range that includes `day` is `localDayStart(day, 1)`.
 * Null for anything that is not a real day.
 */
export function localDayStart(day: string, offsetDays = 0): string | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date + offsetDays);
  // new Date rolls 2026-02-31 over to March: refuse days that do not exist.
  const check = new Date(year, month, date);
  if (check.getFullYear() !== year || check.getMonth() !== month || check.getDate() !== date) return null;
  return start.toISOString();
}
