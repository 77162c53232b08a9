import { wallTimeIn } from "../designer/testChat/zonedTime";

/**
 * Date presets of the reports' filters, as site-local days (YYYY-MM-DD). "Today" is today in the
 * site's time zone, not the viewer's: a report of a Tokyo site read in Paris counts Tokyo's days.
 */
export const DATE_PRESETS = ["today", "last7", "last30", "last90", "thisMonth", "lastMonth"] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export const DATE_PRESET_LABELS: Record<DatePreset | "custom", string> = {
  today: "Today",
  last7: "Last 7 days",
  last30: "Last 30 days",
  last90: "Last 90 days",
  thisMonth: "This month",
  lastMonth: "Last month",
  custom: "Custom range",
};

/** The preset a report opens with. */
export const DEFAULT_PRESET: DatePreset = "last30";

/** Today's date (YYYY-MM-DD) in `timeZone`; an unknown zone falls back to UTC. */
export const todayIn = (timeZone: string, nowMs: number): string =>
  wallTimeIn(new Date(nowMs), timeZone).slice(0, 10);

/** `day` moved by `days` calendar days (days are dates, so no zone or DST is involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first and last day (both included) a preset covers, given today's site-local date. */
export function presetRange(preset: DatePreset, today: string): { from: string; to: string } {
  switch (preset) {
    case "today":
      return { from: today, to: today };
    case "last7":
      return { from: addDays(today, -6), to: today };
    case "last30":
      return { from: addDays(today, -29), to: today };
    case "last90":
      return { from: addDays(today, -89), to: today };
    case "thisMonth":
      return { from: `${today.slice(0, 8)}01`, to: today };
    case "lastMonth": {
      const lastDay = addDays(`${today.slice(0, 8)}01`, -1);
      return { from: `${lastDay.slice(0, 8)}01`, to: lastDay };
    }
  }
}
