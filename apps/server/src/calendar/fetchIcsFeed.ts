import { failureFromError, failureFromStatus } from "./calendarFailure";
import { guardedFetch } from "./guardedFetch";

export type IcsFeedResult =
  { changed: false } | { changed: true; text: string; etag: string | null; lastModified: string | null };

/** `webcal://` is how Outlook and Apple publish feeds; it is plain HTTPS underneath. */
export function feedHttpUrl(url: string): string {
  return url.trim().replace(/^webcal:\/\//i, "https://");
}

/**
 * GETs an ICS feed through the outbound guard. With the validators the feed gave last time it asks
 * conditionally (If-None-Match / If-Modified-Since): 304 means unchanged. Feeds that send neither
 * are simply read in full every time. Throws CalendarFailure.
 */
export async function fetchIcsFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  allow: readonly string[],
): Promise<IcsFeedResult> {
  const headers: Record<string, string> = {
    accept: "text/calendar, */*;q=0.5",
    "user-agent": "Parley-Calendar/1",
  };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  let response: Response;
  try {
    response = await guardedFetch({ allow })(feedHttpUrl(url), { headers });
  } catch (error) {
    throw failureFromError("ics", error);
  }
  if (response.status === 304) return { changed: false };
  if (!response.ok) throw failureFromStatus("ics", response.status);
  return {
    changed: true,
    text: await response.text(),
    etag: response.headers.get("etag"),
    lastModified: response.headers.get("last-modified"),
  };
}
