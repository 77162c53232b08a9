import type { Slot } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema";

export interface SlotWindow {
  /** Epoch ms; the host's notice and horizon narrow it further. */
  from: number;
  to: number;
}

/**
 * OWNED BY h10-slots. Every host's free slots now: availability (weekly blocks, overrides, notice,
 * horizon, daily cap) minus busy times of every calendar (plus buffer) minus scheduled meetings
 * (plus buffer), in UTC, ordered. `exceptMeetingId`: that meeting's own time counts as free (a
 * reschedule). A host without saved availability has no slots.
 */
export async function freeSlots(
  _db: Kysely<Database>,
  _userIds: readonly string[],
  _now: number,
  _window?: SlotWindow,
  _exceptMeetingId?: string,
): Promise<Map<string, Slot[]>> {
  throw new Error("TODO h10-slots: freeSlots");
}
