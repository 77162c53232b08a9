import type { Slot } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";
import { freeSlots, type SlotWindow } from "../availability/freeSlots";

/**
 * The free slots of hosts, read once per host for one decision (routing asks about a pool, then
 * rules and the fallback about others): freeSlots at `now`, within `window` when given.
 */
export class HostSlots {
  private readonly known = new Map<string, Slot[]>();

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

  /** The hosts among `ids` with at least one free slot. */
  async withSlots(ids: readonly string[]): Promise<Set<string>> {
    const slots = await this.of(ids);
    return new Set(ids.filter((id) => (slots.get(id) ?? []).length > 0));
  }
}

/** The host's free slot starting exactly at `startMs`, if any. */
export function slotAt(slots: readonly Slot[] | undefined, startMs: number): Slot | undefined {
  return slots?.find((s) => Date.parse(s.start) === startMs);
}
