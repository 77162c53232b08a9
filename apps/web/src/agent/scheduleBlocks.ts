import type { WeeklyBlock } from "@parley/protocol/schedule";

/** A block as the editor holds it: what was typed, with a key of its own for React. */
export interface DraftBlock {
  key: string;
  day: number;
  start: string;
  end: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** What is wrong with each block, by its key: the start or end field and a plain sentence. */
export type BlockProblems = Record<string, { field: "start" | "end"; message: string }>;

/** Checks every block as the server will: times such as 09:30 (24:00 ends a day), start before end. */
export function blockProblems(blocks: readonly DraftBlock[]): BlockProblems {
  const problems: BlockProblems = {};
  for (const block of blocks) {
    if (!TIME.test(block.start))
      problems[block.key] = { field: "start", message: "Must be a time such as 09:30" };
    else if (!TIME.test(block.end))
      problems[block.key] = { field: "end", message: "Must be a time such as 17:00" };
    else if (block.start >= block.end)
      problems[block.key] = { field: "end", message: "Must end after it starts" };
  }
  return problems;
}

/**
 * The blocks to save: sorted by day and start, and blocks of one day that overlap or touch joined
 * into one (09:00–12:00 and 11:00–13:00 become 09:00–13:00), so the schedule reads as it works.
 * Call only when blockProblems found nothing.
 */
export function mergeBlocks(blocks: readonly Omit<DraftBlock, "key">[]): WeeklyBlock[] {
  const sorted = [...blocks].sort((a, b) => a.day - b.day || a.start.localeCompare(b.start));
  const merged: WeeklyBlock[] = [];
  for (const block of sorted) {
    const last = merged.at(-1);
    if (last && last.day === block.day && block.start <= last.end) {
      if (block.end > last.end) last.end = block.end;
    } else {
      merged.push({ day: block.day, start: block.start, end: block.end });
    }
  }
  return merged;
}
