import type { Kysely } from "kysely";
import { AppError } from "../errors";
import type { Database } from "../store/schema";
import { busyWindow } from "./busyWindow";
import { type CalendarSource as SourceKind, failureFromError } from "./calendarFailure";
import type { BusyInterval } from "./expandBusyTimes";
import { type CalendarSource, readCalendarSource } from "./readCalendarSource";
import { expandOrFail } from "./syncCalendarConnection";

export interface TriedSource {
  busy: BusyInterval[];
  etag: string | null;
  lastModified: string | null;
}

/** Which field of the request a failure is about, so the form can show it beside that field. */
function fieldOf(kind: SourceKind, status: number | null, message: string): string {
  if (kind === "caldav" && (status === 401 || status === 403)) return "password";
  if (kind === "caldav" && /calendar was not found/.test(message)) return "calendarUrl";
  return "url";
}

/** A failure of a connection being set up: 400 with the reason in words, naming the field. */
export function sourceRefused(kind: SourceKind, error: unknown): AppError {
  const failure = failureFromError(kind, error);
  const field = fieldOf(kind, failure.status, failure.message);
  return new AppError("validation_failed", failure.message, [
    { path: `/${field}`, message: failure.message },
  ]);
}

/**
 * The first sync of a connection before anything is stored: reads the source for the host's window
 * and expands its busy times. Wrong credentials, an unreadable feed or text that is not iCalendar is
 * a 400 with a clear message (nothing is saved).
 */
export async function trySource(
  db: Kysely<Database>,
  userId: string,
  source: CalendarSource,
  allow: readonly string[],
): Promise<TriedSource> {
  const window = await busyWindow(db, userId);
  try {
    const read = await readCalendarSource(source, window, allow);
    if (!read.changed) throw new Error("a first read is never conditional");
    return {
      busy: expandOrFail(source.kind, read.texts, window),
      etag: read.etag,
      lastModified: read.lastModified,
    };
  } catch (error) {
    throw sourceRefused(source.kind, error);
  }
}
