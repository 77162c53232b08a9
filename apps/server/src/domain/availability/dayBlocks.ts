import type { Availability } from "@parley/protocol/meetings";

/** A stretch of one local day in minutes after local midnight: [start, end), end up to 1440 (24:00). */
export interface MinuteBlock {
  start: number;
  end: number;
}

const minutesOf = (hm: string): number => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));

/** Sorts and joins blocks that overlap or touch: the host is free across the seam. */
export function joinBlocks(blocks: readonly { start: string; end: string }[]): MinuteBlock[] {
  const sorted = blocks
    .map((b) => ({ start: minutesOf(b.start), end: minutesOf(b.end) }))
    .filter((b) => b.start < b.end)
    .sort((x, y) => x.start - y.start);
  const joined: MinuteBlock[] = [];
  for (const block of sorted) {
    const last = joined[joined.length - 1];
    if (last && block.start <= last.end) last.end = Math.max(last.end, block.end);
    else joined.push({ ...block });
  }
  return joined;
}

/**
 * The bookable blocks of each local date, from an availability: a date override replaces that
 * date's weekly blocks (an override with no blocks: nothing that day). Weekly blocks are joined once
 * per weekday, overrides once per date.
 */
export function dayBlocks(availability: Availability): (isoDate: string, weekday: number) => MinuteBlock[] {
  const weekly = new Map<number, MinuteBlock[]>();
  for (let day = 1; day <= 7; day++)
    weekly.set(day, joinBlocks(availability.schedule.blocks.filter((b) => b.day === day)));
  const overrides = new Map<string, MinuteBlock[]>();
  // The first override of a date wins; saving refuses duplicates, so this only guards old rows.
  for (const o of availability.overrides)
    if (!overrides.has(o.date)) overrides.set(o.date, joinBlocks(o.blocks));
  return (isoDate, weekday) => overrides.get(isoDate) ?? weekly.get(weekday) ?? [];
}
