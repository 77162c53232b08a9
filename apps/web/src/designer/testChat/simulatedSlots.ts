import { instantOf, wallTimeIn } from "./zonedTime";

/** A meeting time the test chat offers: when it starts, and how it reads in the visitor's zone. */
export interface SimulatedSlot {
  startsAt: string;
  label: string;
}

const DAY = 24 * 3_600_000;
const TIMES = ["10:00", "14:00"];

/**
 * Sample open slots for a Meeting card in a test (a test books nothing, so no calendar is read):
 * 10:00 and 14:00 on the visitor's clock, on the next two weekdays after `now`'s day.
 */
export function simulatedSlots(now: string, timeZone: string): SimulatedSlot[] {
  const from = Date.parse(now);
  if (!Number.isFinite(from)) return [];
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  const slots: SimulatedSlot[] = [];
  for (let days = 1; slots.length < 2 * TIMES.length && days <= 7; days++) {
    const date = wallTimeIn(new Date(from + days * DAY), timeZone).slice(0, 10);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const time of TIMES) {
      const at = instantOf(`${date}T${time}`, timeZone);
      if (at) slots.push({ startsAt: at.toISOString(), label: format.format(at) });
    }
  }
  return slots;
}
