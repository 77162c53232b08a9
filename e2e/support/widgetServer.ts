import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths";
import { freePort } from "../../apps/server/src/testing/freePort";

export const ADMIN = { email: "admin@example.com", password: "correct-horse-1" };

export interface WidgetServer {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** The server's data directory (its SQLite file is parley.db), for tests that seed rows directly. */
  dataDir: string;
  /** Stops the server process (SIGTERM, by its PID) and keeps the data: `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its data directory. */
  dispose(): Promise<void>;
  output(): string;
  /** The running server process's PID (null while stopped). */
  pid(): number | null;
  /**
   * Moves the frozen clock `ms` forward and wakes the job worker (serverAtFrozenClock.ts's control
   * server); resolves with the server's new now. Only for a server started with `frozenClock`.
   */
  advanceClock(ms: number): Promise<string>;
}

export interface WidgetServerOptions {
  /**
   * More environment for the server, applied last: e.g. DATABASE_URL, REDIS_URL, SECRET_KEY and
   * PUBLIC_URL for a node of a scale-out deployment. Without it: SQLite in the data directory.
   */
  env?: NodeJS.ProcessEnv;
  /** An ISO instant: the server's clock stands still there (serverAtFrozenClock.ts). */
  frozenClock?: string;
}

/**
 * A Parley server for the widget's browser tests: a child process (`node --import tsx`, so the PID is
 * the server's own) with a temporary data directory, a free port and a first admin. Unlike
 * startServer.ts it can be stopped and started again on the same port and data, to test reconnects.
 */
export async function startWidgetServer(options: WidgetServerOptions = {}): Promise<WidgetServer> {
  const port = await freePort();
  const clockPort = options.frozenClock ? await freePort() : null;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-widget-e2e-"));
  let child: ChildProcess | null = null;
  let log = "";

  const start = async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: "warn",
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
    };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    Object.assign(env, options.env);
    if (options.frozenClock) env.PARLEY_E2E_FROZEN_CLOCK = options.frozenClock;
    if (clockPort) env.PARLEY_E2E_CLOCK_PORT = String(clockPort);
    const entry = options.frozenClock ? "e2e/support/serverAtFrozenClock.ts" : "apps/server/src/main.ts";
    const proc = spawn(process.execPath, ["--import", "tsx", entry], {
      cwd: REPO_ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = proc;
    let out = "";
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      log += chunk.toString();
    });
    proc.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The server did not start within 45 s:\n${log}`)),
        45_000,
      );
      const check = () => {
        if (!out.includes(" is running at ")) return;
        clearTimeout(timer);
        proc.stdout?.off("data", check);
        resolve();
      };
      proc.stdout?.on("data", check);
      proc.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`The server exited (${code}) before listening:\n${log}`));
      });
    });
  };

  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => proc.kill("SIGKILL"), 5_000);
      proc.once("exit", () => {
        clearTimeout(force);
        resolve();
      });
      proc.kill("SIGTERM");
    });
  };

  await start();
  return {
    baseUrl,
    dataDir,
    start,
    stop,
    output: () => log,
    pid: () => (child && child.exitCode === null && child.signalCode === null ? (child.pid ?? null) : null),
    async advanceClock(ms) {
      if (!clockPort) throw new Error("advanceClock: start the server with a frozenClock");
      const res = await fetch(`http://127.0.0.1:${clockPort}/advance?ms=${ms}`, { method: "POST" });
      if (res.status !== 200) throw new Error(`advanceClock: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { now: string }).now;
    },
    async dispose() {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
