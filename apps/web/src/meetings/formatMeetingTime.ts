const day = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});
const time = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });

/**
 * A meeting's time in the viewer's zone (the browser's): "Mon, 1 Mar 2027" and "10:00–10:30".
 */
export function formatMeetingTime(start: string, end: string): { day: string; hours: string } {
  const from = new Date(start);
  const to = new Date(end);
  return { day: day.format(from), hours: `${time.format(from)}–${time.format(to)}` };
}

/** The viewer's zone, for the column heading ("Time (Europe/Berlin)"). */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
