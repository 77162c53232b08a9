import { DateTime, type Zone } from "luxon";
import type { MinuteBlock } from "./dayBlocks";

const MINUTE = 60_000;

/** A local calendar date (no zone of its own: the cursor computeSlots walks day by day). */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** The wall-clock time `minutes` after local midnight of `date` in `zone` (1440: the next midnight). */
function wallTime(zone: Zone, date: LocalDate, minutes: number): DateTime {
  const base = DateTime.fromObject(date, { zone: "UTC" }).plus({ minutes });
  return DateTime.fromObject(
    { year: base.year, month: base.month, day: base.day, hour: base.hour, minute: base.minute },
    { zone },
  );
}

/** The wall time exists (Luxon moves a time in a spring-forward gap later) and is not repeated. */
function exists(dt: DateTime, date: LocalDate, minutes: number): boolean {
  const asked = DateTime.fromObject(date, { zone: "UTC" }).plus({ minutes });
  return dt.day === asked.day && dt.hour === asked.hour && dt.minute === asked.minute;
}

/**
 * Every real instant of one block of a local date at which a meeting of `durationMs` can start:
 * wall-clock starts every `stepMinutes` from the block's start, each converted by Luxon. A start
 * that does not exist (a spring-forward gap) is skipped; one that happens twice (a fall-back hour)
 * yields both instants, each kept only when every instant of its meeting reads, on the host's
 * wall clock, as a time of this date inside the block. Most blocks contain no offset change: their
 * starts are the block's start plus whole steps, and the meeting must end by the block's end.
 */
export function blockStarts(
  zone: Zone,
  date: LocalDate,
  block: MinuteBlock,
  stepMinutes: number,
  durationMs: number,
): number[] {
  const first = wallTime(zone, date, block.start);
  const last = wallTime(zone, date, block.end);
  const starts: number[] = [];
  if (
    exists(first, date, block.start) &&
    exists(last, date, block.end) &&
    first.offset === last.offset &&
    first.getPossibleOffsets().length === 1 &&
    last.getPossibleOffsets().length === 1
  ) {
    const end = last.toMillis();
    for (let start = first.toMillis(); start + durationMs <= end; start += stepMinutes * MINUTE)
      starts.push(start);
    return starts;
  }
  for (let minutes = block.start; minutes < block.end; minutes += stepMinutes) {
    const wall = wallTime(zone, date, minutes);
    if (!exists(wall, date, minutes)) continue;
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
  date: LocalDate,
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
