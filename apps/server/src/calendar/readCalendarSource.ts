import { openDavSession } from "./davSession";
import { fetchIcsFeed } from "./fetchIcsFeed";

export interface CalendarSource {
  kind: "caldav" | "ics";
  /** CalDAV: the account address; ICS: the feed address. */
  url: string;
  username: string | null;
  /** The CalDAV password, opened (never stored like this). */
  password: string | null;
  calendarUrl: string | null;
  /** ICS validators from the last full read; null asks for the whole feed. */
  etag: string | null;
  lastModified: string | null;
}

export type SourceRead =
  { changed: false } | { changed: true; texts: string[]; etag: string | null; lastModified: string | null };

/**
 * Reads one connection's events touching the range: the feed (conditionally, when it gave validators)
 * or the CalDAV calendar's objects (a calendar-query with a time range). Throws CalendarFailure.
 */
export async function readCalendarSource(
  source: CalendarSource,
  range: { start: string; end: string },
  allow: readonly string[],
): Promise<SourceRead> {
  if (source.kind === "ics") {
    const feed = await fetchIcsFeed(
      source.url,
      { etag: source.etag, lastModified: source.lastModified },
      allow,
    );
    return feed.changed ? { ...feed, texts: [feed.text] } : feed;
  }
  if (!source.username || source.password === null || !source.calendarUrl)
    throw new Error("a CalDAV connection needs a user name, a password and a calendar");
  const session = await openDavSession({
    serverUrl: source.url,
    username: source.username,
    password: source.password,
    allow,
  });
  const objects = await session.readEvents(source.calendarUrl, range);
  return { changed: true, texts: objects.map((o) => o.data), etag: null, lastModified: null };
}
