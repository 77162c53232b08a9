import type { Availability, Slot } from "@parley/protocol/meetings";
import { DateTime, IANAZone } from "luxon";
import { blockStarts } from "./blockStarts";
import { busyTimeline, type Interval } from "./busyTimeline";
import { dayBlocks } from "./dayBlocks";
import type { SlotWindow } from "./freeSlots";
import { localDays } from "./localDays";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface SlotInput {
  availability: Availability;
  /** The host's calendar events, UTC epoch ms. */
  busy: readonly Interval[];
  /** The host's scheduled meetings, UTC epoch ms (each also counts toward its day's cap). */
  meetings: readonly Interval[];
  /** Epoch ms. */
  now: number;
  /** Only starts in [from, to). */
  window?: SlotWindow;
}

/**
 * One host's bookable slots, sorted by start, each once. Pure: everything it needs is passed in.
 *
 * - Weekly blocks (or the date's override) are wall-clock times in the availability's zone; starts
 *   come every `slotStepMinutes` (default: the meeting's length) from each joined block's start,
 *   and the whole meeting (`meetingMinutes` of real time) lies inside the block (blockStarts.ts for
 *   daylight-saving days).
 * - now + notice <= start <= now + horizonDays × 24 h, and start inside the window.
 * - With the buffer added after every event, every meeting and the new slot, nothing overlaps.
 * - A local day already holding `dailyCap` meetings offers nothing.
 */
export function computeSlots(input: SlotInput): Slot[] {
  const { availability: a, now, window } = input;
  // create() caches one zone per name; isValidZone() would build a new formatter on every call.
  const zone = IANAZone.create(a.timeZone);
  if (!zone.isValid) return [];
  const durationMs = a.meetingMinutes * MINUTE;
  const bufferMs = a.bufferMinutes * MINUTE;
  const earliest = Math.max(now + a.noticeMinutes * MINUTE, window?.from ?? -Infinity);
  const latest = now + a.horizonDays * DAY;
  const bookable = (start: number) =>
    start >= earliest && start <= latest && (window === undefined || start < window.to);
  if (earliest > latest || (window && window.to <= earliest)) return [];

  const collides = busyTimeline([...input.busy, ...input.meetings], bufferMs);
  const full = fullDays(input.meetings, zone, a.dailyCap);
  const blocksOf = dayBlocks(a);
  const step = a.slotStepMinutes ?? a.meetingMinutes;
  const lastStart = Math.min(latest, window ? window.to : Infinity);

  const starts = new Set<number>();
  for (const day of localDays(zone, earliest, lastStart)) {
    if (full.has(day.iso)) continue;
    for (const block of blocksOf(day.iso, day.weekday))
      for (const start of blockStarts(zone, day, block, step, durationMs))
        if (bookable(start) && !collides(start, start + durationMs + bufferMs)) starts.add(start);
  }
  return [...starts]
    .sort((x, y) => x - y)
    .map((start) => ({
      start: new Date(start).toISOString(),
      end: new Date(start + durationMs).toISOString(),
    }));
}

/** The local dates (host's zone) on which the host already has `cap` meetings or more. */
function fullDays(meetings: readonly Interval[], zone: IANAZone, cap: number | null): Set<string> {
  const full = new Set<string>();
  if (cap === null) return full;
  const perDay = new Map<string, number>();
  for (const m of meetings) {
    const day = DateTime.fromMillis(m.start, { zone }).toISODate() as string;
    const count = (perDay.get(day) ?? 0) + 1;
    perDay.set(day, count);
    if (count >= cap) full.add(day);
  }
  return full;
}
