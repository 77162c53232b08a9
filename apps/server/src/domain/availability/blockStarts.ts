import { DateTime, type Zone } from "luxon";
import type { MinuteBlock } from "./dayBlocks";
import type { LocalDay } from "./localDays";

const MINUTE = 60_000;

/** Luxon's instant for `minutes` (< 1440) after midnight of `date`, or null when that wall time does not exist. */
function wallTime(zone: Zone, date: LocalDay, minutes: number): DateTime | null {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const dt = DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour, minute },
    { zone },
  );
  // Luxon moves a time inside a spring-forward gap later: a different reading means no such time.
  return dt.day === date.day && dt.hour === hour && dt.minute === minute ? dt : null;
}

/**
 * Every real instant of one block of a local date at which a meeting of `durationMs` can start:
 * wall-clock starts every `stepMinutes` from the block's start. On an even day (no clock change)
 * that is midnight plus the minutes, and the meeting must end by the block's end. On a day the clocks
 * change, each start is converted by Luxon: one that does not exist (a spring-forward gap) is
 * skipped; one that happens twice (a fall-back hour) yields both instants, each kept only when
 * every instant of its meeting reads, on the host's wall clock, as a time of this date inside the block.
 */
export function blockStarts(
  zone: Zone,
  date: LocalDay,
  block: MinuteBlock,
  stepMinutes: number,
  durationMs: number,
): number[] {
  const starts: number[] = [];
  if (date.even) {
    const end = date.midnight + block.end * MINUTE;
    for (
      let minutes = block.start;
      date.midnight + minutes * MINUTE + durationMs <= end;
      minutes += stepMinutes
    )
      starts.push(date.midnight + minutes * MINUTE);
    return starts;
  }
  for (let minutes = block.start; minutes < block.end; minutes += stepMinutes) {
    const wall = wallTime(zone, date, minutes);
    if (!wall) continue;
    for (const instant of wall.getPossibleOffsets()) {
      const start = instant.toMillis();
      if (meetingInsideBlock(zone, date, block, start, start + durationMs)) starts.push(start);
    }
  }
  return starts;
}

/**
 * Whether every instant of [start, end) reads as a wall time of `date` inside the block. Wall time
 * runs evenly except where the offset changes (at most once in a meeting): then the instants on
 * either side of the change are checked too, found by halving the interval.
 */
function meetingInsideBlock(
  zone: Zone,
  date: LocalDay,
  block: MinuteBlock,
  start: number,
  end: number,
): boolean {
  const inside = (ms: number, wall: DateTime = DateTime.fromMillis(ms, { zone })): boolean => {
    if (wall.year !== date.year || wall.month !== date.month || wall.day !== date.day) return false;
    const ofDay = (wall.hour * 60 + wall.minute) * MINUTE + wall.second * 1000 + wall.millisecond;
    return ofDay >= block.start * MINUTE && ofDay < block.end * MINUTE;
  };
  const atStart = DateTime.fromMillis(start, { zone });
  const atEnd = DateTime.fromMillis(end - 1, { zone });
  if (!inside(start, atStart) || !inside(end - 1, atEnd)) return false;
  if (atStart.offset === atEnd.offset) return true;
  let before = start;
  let after = end - 1;
  while (after - before > 1) {
    const mid = Math.floor((before + after) / 2);
    if (DateTime.fromMillis(mid, { zone }).offset === atEnd.offset) after = mid;
    else before = mid;
  }
  return inside(before) && inside(after);
}
