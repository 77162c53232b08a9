import type { Availability, Slot } from "@parley/protocol/meetings";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import type { Interval } from "./busyTimeline";
import { computeSlots, type SlotInput } from "./computeSlots";
import type { SlotWindow } from "./freeSlots";

/**
 * Property-style check of computeSlots: seeded random availabilities in many zones around their
 * daylight-saving changes, random calendars, meetings and settings. Every slot is checked against
 * the rules by an independent reading (Luxon formats each minute of the meeting on the host's wall
 * clock), and every grid start that passes those rules must be offered.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONES = [
  "Europe/Paris",
  "America/New_York",
  "America/Santiago",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Pacific/Kiritimati",
  "UTC",
  "Europe/London",
  "Europe/Dublin",
  "America/St_Johns",
  "America/Havana",
  "Antarctica/Troll",
  "Africa/Casablanca",
  "Asia/Tokyo",
  "Pacific/Apia",
  "America/Sao_Paulo",
];

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Instants where the zone's offset changes between 2026-07 and 2028-12 (daily scan, then halving). */
function transitions(zone: string): number[] {
  const found: number[] = [];
  const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const start = Date.parse("2026-07-01T00:00:00Z");
  for (let day = start; day < Date.parse("2028-12-31T00:00:00Z"); day += DAY) {
    if (offset(day) === offset(day + DAY)) continue;
    let lo = day;
    let hi = day + DAY;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offset(mid) === offset(day)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

const hm = (minutes: number) =>
  minutes === 1440
    ? "24:00"
    : `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

interface Case {
  input: SlotInput & { window: SlotWindow | undefined };
}

function generate(random: () => number, transitionsOf: Map<string, number[]>): Case {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const timeZone = pick(ZONES);
  const changes = transitionsOf.get(timeZone) ?? [];
  // Mostly a few days before an offset change of the zone; sometimes any time.
  const now =
    changes.length && random() < 0.8
      ? pick(changes) - int(0, 6 * 24 * 60) * MINUTE - int(0, 59) * 1000
      : Date.parse("2027-01-01T00:00:00Z") + int(0, 700 * 24 * 60) * MINUTE;
  // Block edges: often in the small hours and near midnight, where the clocks change.
  const edge = () =>
    random() < 0.5 ? int(0, 5 * 12) * 5 : random() < 0.3 ? int(264, 288) * 5 : int(0, 96) * 15;
  const block = () => {
    const a = edge();
    let b = edge();
    if (b === a) b = Math.min(1440, a + 60);
    return { start: hm(Math.min(a, b)), end: hm(Math.max(a, b)) };
  };
  const blocks = Array.from({ length: int(0, 8) }, () => ({ day: int(1, 7), ...block() }));
  const horizonDays = int(1, 9);
  const localToday = DateTime.fromMillis(now, { zone: timeZone });
  const overrides = Array.from({ length: int(0, 3) }, () => ({
    date: localToday.plus({ days: int(0, horizonDays) }).toISODate() as string,
    blocks: Array.from({ length: int(0, 2) }, block),
  })).filter((o, i, all) => all.findIndex((x) => x.date === o.date) === i);
  const meetingMinutes = pick([5, 15, 20, 30, 30, 45, 60, 90, 120]);
  const availability: Availability = {
    timeZone,
    schedule: { blocks },
    meetingMinutes,
    bufferMinutes: pick([0, 0, 5, 10, 15, 30, 60]),
    noticeMinutes: pick([0, 0, 30, 90, 24 * 60, int(0, 3000)]),
    horizonDays,
    slotStepMinutes: pick([null, null, 5, 10, 15, 30, 60]),
    dailyCap: pick([null, null, 1, 2, 3]),
    overrides,
    videoUrl: null,
  };
  const interval = (maxMinutes: number): Interval => {
    const start = now + int(-24 * 12, (horizonDays + 1) * 24 * 12) * 5 * MINUTE;
    return { start, end: start + int(0, maxMinutes / 5) * 5 * MINUTE };
  };
  const busy = Array.from({ length: int(0, 14) }, () => interval(random() < 0.1 ? 2 * 24 * 60 : 180));
  const meetings = Array.from({ length: int(0, 6) }, () => interval(120));
  const window =
    random() < 0.3
      ? (() => {
          const from = now + int(-12, horizonDays * 24) * 60 * MINUTE;
          return { from, to: from + int(1, 72) * 60 * MINUTE };
        })()
      : undefined;
  return { input: { availability, busy, meetings, now, window } };
}

/** An independent reading of the rules, one instant at a time. */
function oracle(input: Case["input"]) {
  const a = input.availability;
  const zone = a.timeZone;
  // Each minute's wall-clock reading, once: local date and HH:mm.
  // Each minute's wall-clock reading, once: the instant moved by Luxon's offset for it, read as UTC.
  const ianaZone = IANAZone.create(zone);
  const wallCache = new Map<number, { date: string; time: string; minutes: number }>();
  const wall = (ms: number) => {
    let w = wallCache.get(ms);
    if (!w) {
      const text = new Date(ms + ianaZone.offset(ms) * MINUTE).toISOString();
      w = {
        date: text.slice(0, 10),
        time: text.slice(11, 16),
        minutes: Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16)),
      };
      wallCache.set(ms, w);
    }
    return w;
  };
  const blocksOf = (date: string) => {
    const override = a.overrides.find((o) => o.date === date);
    if (override) return override.blocks;
    const weekday = DateTime.fromISO(date, { zone: "UTC" }).weekday;
    return a.schedule.blocks.filter((b) => b.day === weekday);
  };
  const perDay = new Map<string, number>();
  for (const m of input.meetings) {
    const d = wall(m.start).date;
    perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const buffer = a.bufferMinutes * MINUTE;
  const taken = [...input.busy, ...input.meetings];

  /** Why an instant may not start a meeting, or null when every rule holds. */
  const broken = (start: number): string | null => {
    const end = start + a.meetingMinutes * MINUTE;
    const date = wall(start).date;
    if (start < input.now + a.noticeMinutes * MINUTE) return "inside the notice";
    if (start > input.now + a.horizonDays * DAY) return "past the horizon";
    if (input.window && (start < input.window.from || start >= input.window.to)) return "outside the window";
    for (const b of taken)
      if (start < b.end + buffer && b.start < end + buffer)
        return `collides with ${new Date(b.start).toISOString()}`;
    if (a.dailyCap !== null && (perDay.get(date) ?? 0) >= a.dailyCap) return "day is full";
    const blocks = blocksOf(date);
    // Block edges, meeting lengths and steps are on 5-minute marks, and so is every offset change
    // (UTC instants and offsets alike are whole quarter hours): wall time runs evenly between two
    // such marks, so reading every fifth minute sees every wall time the meeting crosses.
    for (let t = start; t < end; t += 5 * MINUTE) {
      const w = wall(t);
      if (w.date !== date) return `minute ${new Date(t).toISOString()} is on another local date than ${date}`;
      if (!blocks.some((b) => b.start <= w.time && w.time < b.end))
        return `minute ${new Date(t).toISOString()} (${w.time}) is outside the blocks`;
    }
    return null;
  };

  /** The grid of a date: every step from the start of each joined block, in minutes after midnight. */
  const gridCache = new Map<string, Set<number>>();
  const grid = (date: string): Set<number> => {
    const cached = gridCache.get(date);
    if (cached) return cached;
    const joined: { start: number; end: number }[] = [];
    const toMin = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
    for (const b of blocksOf(date)
      .map((b) => ({ start: toMin(b.start), end: toMin(b.end) }))
      .sort((x, y) => x.start - y.start)) {
      const last = joined.at(-1);
      if (last && b.start <= last.end) last.end = Math.max(last.end, b.end);
      else joined.push(b);
    }
    const step = a.slotStepMinutes ?? a.meetingMinutes;
    const minutes = new Set<number>();
    for (const b of joined) for (let m = b.start; m < b.end; m += step) minutes.add(m);
    gridCache.set(date, minutes);
    return minutes;
  };
  const onGrid = (ms: number) => grid(wall(ms).date).has(wall(ms).minutes);

  /**
   * Every instant whose wall time is a grid start of its date, over the range that can matter:
   * each offset the zone uses around the date is tried, and kept when Luxon reads the instant back
   * as that very wall time (none in a gap, two in a repeated hour).
   */
  const gridInstants = (): number[] => {
    const found = new Set<number>();
    const first = DateTime.fromMillis(input.now - DAY, { zone }).startOf("day");
    for (let d = first; d.toMillis() < input.now + (a.horizonDays + 2) * DAY; d = d.plus({ days: 1 })) {
      const date = d.toISODate() as string;
      const midnightAsUtc = Date.UTC(d.year, d.month - 1, d.day);
      // Instants reading as this date lie within 14 h before its midnight (as UTC) to 38 h after; no
      // zone changes its offset twice in 13.5 h, so five readings across that range see every offset.
      const offsets = new Set<number>();
      for (let k = 0; k <= 4; k++)
        offsets.add(ianaZone.offset(midnightAsUtc + (-16 + k * 13.5) * 60 * MINUTE));
      for (const m of grid(date))
        for (const offset of offsets) {
          const t = midnightAsUtc + (m - offset) * MINUTE;
          const w = wall(t);
          if (w.date === date && w.minutes === m) found.add(t);
        }
    }
    return [...found];
  };
  return { broken, onGrid, gridInstants };
}

describe("computeSlots: generated availabilities across zones and DST changes", () => {
  const transitionsOf = new Map(ZONES.map((z) => [z, transitions(z)]));

  it("found daylight-saving changes to test around (Lord Howe's half hour, Troll's two hours)", () => {
    const sizes = (zone: string) => {
      const list = transitionsOf.get(zone) ?? [];
      return list.map(
        (t) => DateTime.fromMillis(t, { zone }).offset - DateTime.fromMillis(t - MINUTE, { zone }).offset,
      );
    };
    expect(sizes("Australia/Lord_Howe").map(Math.abs)).toContain(30);
    expect(sizes("Antarctica/Troll").map(Math.abs)).toContain(120);
    expect(transitionsOf.get("Asia/Kolkata")).toEqual([]);
  });

  const CASES = 400;
  it(`every slot of ${CASES} generated hosts keeps every rule, and every free grid start is offered`, () => {
    const random = prng(20270314);
    let slotsSeen = 0;
    let nearChanges = 0;
    const failures: string[] = [];
    for (let n = 0; n < CASES && failures.length < 5; n++) {
      const { input } = generate(random, transitionsOf);
      const slots: Slot[] = computeSlots(input);
      const check = oracle(input);
      const problems: string[] = [];
      const offered = new Set<number>();
      for (const [i, slot] of slots.entries()) {
        const start = Date.parse(slot.start);
        if (Date.parse(slot.end) - start !== input.availability.meetingMinutes * MINUTE)
          problems.push(`${slot.start}: lasts until ${slot.end}`);
        const why = check.broken(start);
        if (why) problems.push(`${slot.start}: ${why}`);
        if (!check.onGrid(start)) problems.push(`${slot.start}: not a step from a block's start`);
        if (i > 0 && start <= Date.parse((slots[i - 1] as Slot).start))
          problems.push(`${slot.start}: out of order`);
        offered.add(start);
      }
      for (const t of check.gridInstants())
        if (!offered.has(t) && check.broken(t) === null)
          problems.push(`${new Date(t).toISOString()}: free but not offered`);
      if (problems.length)
        failures.push(
          `case ${n} ${JSON.stringify({ ...input, now: new Date(input.now).toISOString() })}\n  ${problems.slice(0, 5).join("\n  ")}`,
        );
      slotsSeen += slots.length;
      const changes = transitionsOf.get(input.availability.timeZone) ?? [];
      if (slots.some((s) => changes.some((c) => Math.abs(Date.parse(s.start) - c) < DAY))) nearChanges++;
    }
    expect(failures).toEqual([]);
    // The generator must actually produce slots, many of them within a day of a clock change.
    expect(slotsSeen).toBeGreaterThan(CASES * 20);
    expect(nearChanges).toBeGreaterThan(CASES / 10);
  });
});
