import type { CalendarConnection } from "@parley/protocol/meetings";
import { formatDate } from "../ui/formatDate";

/** "CalDAV calendar" / "ICS feed": what a connection is, in words. */
export function calendarKindText(kind: CalendarConnection["kind"]): string {
  return kind === "caldav" ? "CalDAV calendar" : "ICS feed";
}

/** One line on how the connection is doing: when it was last read and how many busy times it gave. */
export function calendarSyncText(connection: CalendarConnection): string {
  if (!connection.lastSyncedAt) return "Not read yet";
  const busy = connection.busyCount === 1 ? "1 busy time" : `${connection.busyCount} busy times`;
  return `Last read ${formatDate(connection.lastSyncedAt)} · ${busy}`;
}

/** What to do about a connection that needs attention: a CalDAV login wants the password again. */
export function needsAttentionText(connection: CalendarConnection): string {
  return connection.kind === "caldav"
    ? "Needs attention — re-enter the password"
    : "Needs attention — check the feed address";
}
