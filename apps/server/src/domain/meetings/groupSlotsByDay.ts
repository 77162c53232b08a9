import type { Slot, SlotDay } from "@parley/protocol/meetings";
import { DateTime } from "luxon";

/**
 * Slots (UTC, in order) grouped by the visitor's local date in `timeZone` (a valid IANA name): what
 * the booking card and the manage page show, days in order. A slot belongs to the day it starts on.
 */
export function groupSlotsByDay(slots: readonly Slot[], timeZone: string): SlotDay[] {
  const days: SlotDay[] = [];
  for (const slot of slots) {
    const date = DateTime.fromISO(slot.start, { zone: "utc" }).setZone(timeZone).toISODate() ?? "";
    const last = days[days.length - 1];
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}
