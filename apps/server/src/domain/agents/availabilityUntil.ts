import type { WeeklySchedule } from "@parley/protocol/schedule";
import { DateTime } from "luxon";

/**
 * Until when a manual availability toggle made at `nowMs` overrides the schedule: the start of the
 * next schedule block or the next midnight in the agent's time zone, whichever comes first (no
 * schedule: midnight). Luxon does the calendar, so DST days are as long as they really are.
 */
export function availabilityUntil(schedule: WeeklySchedule | null, timeZone: string, nowMs: number): string {
  const now = DateTime.fromMillis(nowMs, { zone: timeZone });
  let until = now.startOf("day").plus({ days: 1 });
  for (const block of schedule?.blocks ?? []) {
    const [hour, minute] = block.start.split(":").map(Number) as [number, number];
    // This week's or next week's occurrence of the block's weekday, at its start time.
    for (const weeks of [0, 1]) {
      const day = now.startOf("day").plus({ days: (block.day - now.weekday + 7) % 7, weeks });
      const start = day.set({ hour, minute });
      if (start > now) {
        if (start < until) until = start;
        break;
      }
    }
  }
  return until.toUTC().toISO() as string;
}
