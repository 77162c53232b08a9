import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createDAVClient, type DAVCalendarObject } from "tsdav";
import { freePort } from "./freePort";

export const RADICALE_BIN = "/usr/bin/radicale";
/** For `describe.skipIf(!hasRadicale)`: the Debian package `radicale` (v3) is installed. */
export const hasRadicale = existsSync(RADICALE_BIN);

export interface RadicaleUser {
  username: string;
  password: string;
}

export interface Radicale {
  /** http://127.0.0.1:<port>/ — the account address a user types into Parley. */
  url: string;
  pid: number;
  /** Adds a user to the plain-text htpasswd file (Radicale reads it on every login). */
  addUser(username: string, password: string): Promise<RadicaleUser>;
  /** Changes a user's password (as the agent would on their server); the old one stops working at once. */
  setPassword(user: RadicaleUser, password: string): Promise<RadicaleUser>;
  /** MKCALENDAR `/<user>/<slug>/` (through tsdav) and returns its address. */
  createCalendar(user: RadicaleUser, slug: string, displayName?: string): Promise<string>;
  /** PUTs an iCalendar object as `<calendarUrl><filename>` (new, or replacing what is there). */
  putEvent(user: RadicaleUser, calendarUrl: string, filename: string, ics: string): Promise<void>;
  /** Every object in the calendar, read back through CalDAV. */
  events(user: RadicaleUser, calendarUrl: string): Promise<DAVCalendarObject[]>;
  /**
   * The same server behind a loopback proxy that strips every ETag (the header and DAV:getetag), as
   * some CalDAV servers omit them: its address stands in for `url`. Closed by stop().
   */
  withoutEtags(): Promise<string>;
  /** Stops the server by its PID and removes its storage. */
  stop(): Promise<void>;
}

/** An HTTP proxy to `target` that removes ETags from every answer. */
async function etaglessProxy(target: string): Promise<http.Server> {
  const proxy = http.createServer((req, res) => {
    const upstream = http.request(
      new URL(req.url ?? "/", target),
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => {
          const body = Buffer.from(
            Buffer.concat(chunks)
              .toString("utf8")
              .replace(/<([A-Za-z0-9]+:)?getetag\b[^>]*>[^<]*<\/([A-Za-z0-9]+:)?getetag>/g, ""),
          );
          const headers = { ...answer.headers, "content-length": String(body.length) };
          delete headers.etag;
          delete headers["transfer-encoding"];
          res.writeHead(answer.statusCode ?? 502, headers).end(body);
        });
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return proxy;
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(true);
    });
    request.on("error", () => resolve(false));
  });
}

/**
 * Waits for the server's "Listening on" log line (it logs at info level to stderr once its socket
 * is bound), then checks it answers HTTP. Rejects when the process exits first, with its output.
 */
function untilListening(child: ChildProcess, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (!output.includes("Listening on")) return;
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      answers(url).then((ok) =>
        ok ? resolve() : reject(new Error(`Radicale logged it listens but ${url} does not answer`)),
      );
    };
    const onExit = (code: number | null) =>
      reject(new Error(`Radicale exited (${code}) before listening:\n${output}`));
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

/**
 * A real Radicale CalDAV server on 127.0.0.1 and a free port, storage in a temp dir, htpasswd
 * authentication with a plain-text user file, for tests (server suites and e2e alike).
 */
export async function startRadicale(): Promise<Radicale> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "parley-radicale-"));
  const port = await freePort();
  const users = path.join(dir, "users");
  const config = path.join(dir, "config");
  await writeFile(users, "");
  await writeFile(
    config,
    [
      "[server]",
      `hosts = 127.0.0.1:${port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${users}`,
      "htpasswd_encryption = plain",
      // Radicale waits a second after a wrong password by default; tests try wrong ones on purpose.
      "delay = 0",
      "[rights]",
      "type = owner_only",
      "[storage]",
      `filesystem_folder = ${path.join(dir, "collections")}`,
      "[web]",
      "type = none",
      "[logging]",
      "level = info",
      "mask_passwords = True",
      "",
    ].join("\n"),
  );
  const child = spawn(RADICALE_BIN, ["--config", config], { stdio: ["ignore", "ignore", "pipe"] });
  const url = `http://127.0.0.1:${port}/`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await untilListening(child, url);
  } catch (error) {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  // Keep draining its log so a chatty server never blocks on a full pipe.
  child.stderr?.resume();
  const pid = child.pid!;
  const proxies: http.Server[] = [];

  const client = (user: RadicaleUser) =>
    createDAVClient({
      serverUrl: url,
      credentials: { username: user.username, password: user.password },
      authMethod: "Basic",
      defaultAccountType: "caldav",
    });

  return {
    url,
    pid,
    async addUser(username, password) {
      await appendFile(users, `${username}:${password}\n`);
      return { username, password };
    },
    async setPassword(user, password) {
      const lines = (await readFile(users, "utf8"))
        .split("\n")
        .filter((l) => l && !l.startsWith(`${user.username}:`));
      await writeFile(users, [...lines, `${user.username}:${password}`, ""].join("\n"));
      return { username: user.username, password };
    },
    async createCalendar(user, slug, displayName = slug) {
      const dav = await client(user);
      const calendarUrl = new URL(`/${user.username}/${slug}/`, url).href;
      const [result] = await dav.makeCalendar({
        url: calendarUrl,
        props: { displayname: displayName },
      });
      if (result && !result.ok) throw new Error(`MKCALENDAR ${calendarUrl}: ${result.status}`);
      return calendarUrl;
    },
    async putEvent(user, calendarUrl, filename, ics) {
      const dav = await client(user);
      // Unconditional: creates the object, or replaces it as a calendar app saving an edit would.
      const response = await dav.updateObject({
        url: new URL(filename, calendarUrl).href,
        data: ics,
        headers: { "content-type": "text/calendar; charset=utf-8" },
      });
      if (!response.ok) throw new Error(`PUT ${filename}: ${response.status}`);
    },
    async events(user, calendarUrl) {
      const dav = await client(user);
      return dav.fetchCalendarObjects({ calendar: { url: calendarUrl } });
    },
    async withoutEtags() {
      const proxy = await etaglessProxy(url);
      proxies.push(proxy);
      return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
    },
    async stop() {
      for (const proxy of proxies) {
        proxy.closeAllConnections();
        await new Promise<void>((resolve) => proxy.close(() => resolve()));
      }
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(pid, "SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
