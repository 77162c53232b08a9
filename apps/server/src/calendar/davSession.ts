import { createDAVClient } from "tsdav";
import { CalendarFailure, failureFromError, failureFromStatus } from "./calendarFailure";
import { guardedFetch } from "./guardedFetch";

export interface DavCredentials {
  /** The account (server) address. */
  serverUrl: string;
  username: string;
  password: string;
  /** config.outboundAllow */
  allow: readonly string[];
}

export interface DavObject {
  url: string;
  /** null: the server gave none (some do not). */
  etag: string | null;
  data: string;
}

export interface DavSession {
  /** The account's calendars that hold events (discovery through the principal's calendar home). */
  listCalendars(): Promise<{ url: string; name: string }[]>;
  /** The calendar's events that touch [start, end) (a CalDAV calendar-query with a time range). */
  readEvents(calendarUrl: string, range: { start: string; end: string }): Promise<DavObject[]>;
  /**
   * PUTs one event. `etag` set: only if unchanged there (If-Match); `create`: only if nothing is
   * there yet (If-None-Match: *). Returns the new ETag when the server tells it.
   */
  putEvent(
    url: string,
    ics: string,
    condition: { etag: string | null; create: boolean },
  ): Promise<{ status: number; etag: string | null }>;
  /** DELETEs one event; a 404 (already gone) counts as done. Returns the status. */
  deleteEvent(url: string, etag: string | null): Promise<number>;
}

const toIcalRange = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { _cdata?: unknown })._cdata === "string")
    return (value as { _cdata: string })._cdata;
  return null;
}

/**
 * One conversation with a CalDAV account through tsdav (Basic auth), every request through the
 * outbound guard (guardedFetch). Failures become CalendarFailure with words for the agent; the last
 * HTTP status seen tells them apart, because tsdav's own errors keep only a message.
 */
export async function openDavSession(credentials: DavCredentials): Promise<DavSession> {
  let lastFailedStatus: number | null = null;
  const base = guardedFetch({ allow: credentials.allow });
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await base(input, init);
    if (response.status >= 400) lastFailedStatus = response.status;
    return response;
  };
  const failure = (error: unknown): CalendarFailure =>
    error instanceof CalendarFailure
      ? error
      : lastFailedStatus !== null
        ? failureFromStatus("caldav", lastFailedStatus)
        : failureFromError("caldav", error);
  const attempt = async <T>(work: () => Promise<T>): Promise<T> => {
    lastFailedStatus = null;
    try {
      return await work();
    } catch (error) {
      throw failure(error);
    }
  };

  const client = await attempt(() =>
    createDAVClient({
      serverUrl: credentials.serverUrl,
      credentials: { username: credentials.username, password: credentials.password },
      authMethod: "Basic",
      fetch: recordingFetch,
    }),
  );

  return {
    listCalendars: () =>
      attempt(async () => {
        let account;
        try {
          account = await client.createAccount({ account: { accountType: "caldav" } });
        } catch (error) {
          // No principal at this address: the wrong address rather than a deleted calendar.
          if (lastFailedStatus === 404 || lastFailedStatus === 405 || lastFailedStatus === null)
            throw new CalendarFailure("No CalDAV account was found at this address", true, lastFailedStatus);
          throw error;
        }
        const calendars = await client.fetchCalendars({ account });
        return calendars
          .filter((c) => !c.components || c.components.length === 0 || c.components.includes("VEVENT"))
          .map((c) => ({
            url: c.url,
            name: (typeof c.displayName === "string" && c.displayName.trim()) || c.url,
          }));
      }),

    readEvents: (calendarUrl, range) =>
      attempt(async () => {
        const responses = await client.calendarQuery({
          url: calendarUrl,
          props: { "d:getetag": {}, "c:calendar-data": {} },
          filters: {
            "comp-filter": {
              _attributes: { name: "VCALENDAR" },
              "comp-filter": {
                _attributes: { name: "VEVENT" },
                "time-range": {
                  _attributes: { start: toIcalRange(range.start), end: toIcalRange(range.end) },
                },
              },
            },
          },
          depth: "1",
        });
        const objects: DavObject[] = [];
        for (const r of responses) {
          const data = textOf(r.props?.calendarData);
          if (!r.ok && data === null && r.status && r.status >= 400)
            throw failureFromStatus("caldav", r.status);
          if (data === null) continue;
          const etag = r.props?.getetag;
          objects.push({
            url: new URL(r.href ?? "", calendarUrl).href,
            etag: etag === undefined || etag === null || etag === "" ? null : String(etag),
            data,
          });
        }
        return objects;
      }),

    putEvent: (url, ics, condition) =>
      attempt(async () => {
        const headers: Record<string, string> = { "content-type": "text/calendar; charset=utf-8" };
        if (condition.create) headers["If-None-Match"] = "*";
        const response = await client.updateObject({
          url,
          data: ics,
          ...(condition.etag ? { etag: condition.etag } : {}),
          headers,
        });
        if (response.status === 412) return { status: 412, etag: null };
        if (!response.ok) throw failureFromStatus("caldav", response.status);
        return { status: response.status, etag: response.headers.get("etag") };
      }),

    deleteEvent: (url, etag) =>
      attempt(async () => {
        const response = await client.deleteObject({ url, ...(etag ? { etag } : {}) });
        if (response.status === 404 || response.status === 412) return response.status;
        if (!response.ok) throw failureFromStatus("caldav", response.status);
        return response.status;
      }),
  };
}
