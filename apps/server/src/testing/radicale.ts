import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
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
  /** MKCALENDAR `/<user>/<slug>/` (through tsdav) and returns its address. */
  createCalendar(user: RadicaleUser, slug: string, displayName?: string): Promise<string>;
  /** PUTs an iCalendar object as `<calendarUrl><filename>`. */
  putEvent(user: RadicaleUser, calendarUrl: string, filename: string, ics: string): Promise<void>;
  /** Every object in the calendar, read back through CalDAV. */
  events(user: RadicaleUser, calendarUrl: string): Promise<DAVCalendarObject[]>;
  /** Stops the server by its PID and removes its storage. */
  stop(): Promise<void>;
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
      const response = await dav.createCalendarObject({
        calendar: { url: calendarUrl },
        filename,
        iCalString: ics,
      });
      if (!response.ok) throw new Error(`PUT ${filename}: ${response.status}`);
    },
    async events(user, calendarUrl) {
      const dav = await client(user);
      return dav.fetchCalendarObjects({ calendar: { url: calendarUrl } });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(pid, "SIGTERM");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
