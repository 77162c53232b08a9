import type { OfficeHoursBlock } from "./condition";
import { WEEKDAYS } from "./condition";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: timezone,
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      return null;
    }
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export function isValidTimezone(timezone: string): boolean {
  return timezone !== "" && formatterFor(timezone) !== null;
}

function minutes(clock: string): number {
  const [h, m] = clock.split(":");
  return Number(h) * 60 + Number(m);
}

/**
 * Whether the instant `nowIso` falls inside one of the weekly blocks, read on the wall clock
 * of `timezone` (so daylight-saving changes are handled by the platform's time-zone data).
 * A block covers `from` inclusive to `to` exclusive; `24:00` ends at midnight.
 */
export function isWithinOfficeHours(
  timezone: string,
  blocks: readonly OfficeHoursBlock[],
  nowIso: string,
): boolean {
  const formatter = formatterFor(timezone);
  const now = Date.parse(nowIso);
  if (!formatter || !Number.isFinite(now)) return false;
  const parts = formatter.formatToParts(new Date(now));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const day = part("weekday").toLowerCase().slice(0, 3);
  if (!(WEEKDAYS as readonly string[]).includes(day)) return false;
  const minute = minutes(`${part("hour")}:${part("minute")}`);
  return blocks.some((b) => b.day === day && minute >= minutes(b.from) && minute < minutes(b.to));
}
