/** A meeting time the test chat offers: when it starts, and how it reads in the visitor's zone. */
export interface SimulatedSlot {
  startsAt: string;
  label: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Sample open slots for a Meeting card in a test (a test books nothing, so no calendar is read):
 * the next two days, at the next full hour after `now` and three hours later, shown in `timeZone`.
 */
export function simulatedSlots(now: string, timeZone: string): SimulatedSlot[] {
  const from = Math.ceil(Date.parse(now) / HOUR) * HOUR;
  if (!Number.isFinite(from)) return [];
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
  return [DAY, DAY + 3 * HOUR, 2 * DAY, 2 * DAY + 3 * HOUR].map((offset) => {
    const at = new Date(from + offset);
    return { startsAt: at.toISOString(), label: format.format(at) };
  });
}
