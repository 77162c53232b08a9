import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FeedRequest {
  path: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  /** What the server answered. */
  status: number;
}

export interface IcsFeedServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The full address of a path, e.g. `feedUrl("/alice.ics")`. */
  feedUrl(path: string): string;
  /** Serves this text at `path` from now on (a new version: new ETag and Last-Modified). */
  set(path: string, ics: string): void;
  /** Answers `path` with this status and no calendar (404 gone, 500 broken …). */
  fail(path: string, status: number): void;
  /** Every request so far, in order. */
  requests: FeedRequest[];
  /** Requests for one path so far. */
  requestsFor(path: string): FeedRequest[];
  close(): Promise<void>;
}

export interface IcsFeedServerOptions {
  /** Send ETag and Last-Modified and honour conditional GETs (default true); false: a server that omits them. */
  validators?: boolean;
}

interface Feed {
  body: string | null;
  status: number;
  version: number;
}

/** Last-Modified from the version number, so nothing depends on the wall clock. */
const modifiedAt = (version: number) => new Date(Date.UTC(2027, 0, 1) + version * 60_000).toUTCString();

/** A real HTTP server on loopback serving ICS text set per path, counting requests, for tests. */
export async function startIcsFeedServer(options: IcsFeedServerOptions = {}): Promise<IcsFeedServer> {
  const validators = options.validators ?? true;
  const feeds = new Map<string, Feed>();
  const requests: FeedRequest[] = [];
  let versions = 0;

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://feed").pathname;
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === "string" ? value : null;
    };
    const record = (status: number) =>
      requests.push({
        path,
        ifNoneMatch: header("if-none-match"),
        ifModifiedSince: header("if-modified-since"),
        status,
      });
    const feed = feeds.get(path);
    if (!feed || feed.body === null) {
      const status = feed?.status ?? 404;
      record(status);
      res.writeHead(status, { "content-type": "text/plain" }).end("no calendar here");
      return;
    }
    const etag = `"v${feed.version}"`;
    const lastModified = modifiedAt(feed.version);
    if (validators) {
      const unchanged =
        header("if-none-match") === etag ||
        (header("if-none-match") === null && header("if-modified-since") === lastModified);
      if (unchanged) {
        record(304);
        res.writeHead(304, { etag, "last-modified": lastModified }).end();
        return;
      }
    }
    record(200);
    res
      .writeHead(200, {
        "content-type": "text/calendar; charset=utf-8",
        ...(validators ? { etag, "last-modified": lastModified } : {}),
      })
      .end(feed.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    feedUrl: (path) => `${url}${path}`,
    set(path, ics) {
      feeds.set(path, { body: ics, status: 200, version: ++versions });
    },
    fail(path, status) {
      feeds.set(path, { body: null, status, version: ++versions });
    },
    requests,
    requestsFor: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A small VCALENDAR of plain UTC events (iCalendar times such as `20270302T090000Z`), for tests. */
export function eventsIcs(events: { uid: string; start: string; end: string; summary?: string }[]): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Parley tests//EN"];
  for (const e of events)
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      "DTSTAMP:20270101T000000Z",
      `DTSTART:${e.start}`,
      `DTEND:${e.end}`,
      `SUMMARY:${e.summary ?? "Busy"}`,
      "END:VEVENT",
    );
  return [...lines, "END:VCALENDAR", ""].join("\r\n");
}
