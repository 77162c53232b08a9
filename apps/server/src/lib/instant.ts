import { DateTime } from "luxon";

/** An ISO 8601 instant with any offset as the stored form (UTC, milliseconds, `Z`), so text comparison orders it. */
export const storedInstant = (instant: string): string => new Date(Date.parse(instant)).toISOString();

/** The local day (YYYY-MM-DD) an instant (epoch ms) falls on in a time zone. */
export const localDay = (ms: number, timeZone: string): string =>
  DateTime.fromMillis(ms, { zone: timeZone }).toISODate()!;
