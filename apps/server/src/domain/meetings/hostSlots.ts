import type { Slot } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { freeSlots, type SlotWindow } from "../availability/freeSlots";

const WEEK = 7 * 24 * 60 * 60_000;

/**
 * The free slots of hosts, read once per host for one decision (routing asks about a pool, then
 * rules and the fallback about others): freeSlots at `now`, within `window` when given.
 */
export class HostSlots {
  private readonly known = new Map<string, Slot[]>();
  private wider: HostSlots[] | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: number,
    private readonly window?: SlotWindow,
  ) {}

  async of(ids: readonly string[]): Promise<Map<string, Slot[]>> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length) {
      const read = await freeSlots(this.db, missing, this.now, this.window);
      for (const id of missing) this.known.set(id, read.get(id) ?? []);
    }
    return new Map(ids.map((id) => [id, this.known.get(id) ?? []]));
  }

  /**
   * The hosts among `ids` with at least one free slot anywhere in their horizon (what routing asks).
   * With a window, those free in it are known at once; the others are looked for in the week from
   * the window's start, and only the hosts free in neither cost a whole horizon.
   */
  async withSlots(ids: readonly string[]): Promise<Set<string>> {
    const free = new Set<string>();
    let rest: readonly string[] = ids;
    for (const slots of [this, ...this.widerReads()]) {
      if (!rest.length) break;
      const read = await slots.of(rest);
      for (const id of rest) if ((read.get(id) ?? []).length > 0) free.add(id);
      rest = rest.filter((id) => !free.has(id));
    }
    return new Set(ids.filter((id) => free.has(id)));
  }

  private widerReads(): HostSlots[] {
    if (!this.window) return [];
    this.wider ??= [
      new HostSlots(this.db, this.now, { from: this.window.from, to: this.window.from + WEEK }),
      new HostSlots(this.db, this.now),
    ];
    return this.wider;
  }
}

/** The host's free slot starting exactly at `startMs`, if any. */
export function slotAt(slots: readonly Slot[] | undefined, startMs: number): Slot | undefined {
  return slots?.find((s) => Date.parse(s.start) === startMs);
}
