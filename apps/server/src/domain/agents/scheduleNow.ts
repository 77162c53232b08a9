import type { WeeklySchedule } from "@parley/protocol/schedule";
import { DateTime } from "luxon";

/** Whether the instant `atMs` falls inside one of the schedule's weekly blocks, read in `timeZone`. */
export function inScheduleBlock(schedule: WeeklySchedule, timeZone: string, atMs: number): boolean {
  const local = DateTime.fromMillis(atMs, { zone: timeZone });
  if (!local.isValid) return false;
  const hm = local.toFormat("HH:mm");
  return schedule.blocks.some((b) => b.day === local.weekday && b.start <= hm && hm < b.end);
}
