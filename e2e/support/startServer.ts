import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths";
import { freePort } from "../../apps/server/src/testing/freePort";

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** Everything the server printed on stdout so far. */
  output(): string;
  /** The one-time first-admin link printed when no admin was configured. */
  setupUrl(): string | null;
  stop(): Promise<void>;
}

interface StartOptions {
  /** Creates this admin on first start; without it the server prints a setup link. */
  admin?: { email: string; password: string };
  /** More environment for the server, applied last (e.g. SMTP_URL of a loopback SMTP server). */
  env?: NodeJS.ProcessEnv;
}

/** Starts `apps/server/src/main.ts` as a child process on a free port with a fresh data directory. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "parley-e2e-"));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" };
  env.PUBLIC_URL = baseUrl;
  env.LOG_LEVEL = "warn";
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.SMTP_URL;
  delete env.PARLEY_ADMIN_EMAIL;
  delete env.PARLEY_ADMIN_PASSWORD;
  if (options.admin) {
    env.PARLEY_ADMIN_EMAIL = options.admin.email;
    env.PARLEY_ADMIN_PASSWORD = options.admin.password;
  }
  Object.assign(env, options.env);

  // node --import tsx (not npx) so that the PID we hold is the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });

  try {
    await waitForStart(
      child,
      () => stdout,
      () => stderr,
    );
    const health = await fetch(`${baseUrl}/healthz`);
    if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
  } catch (error) {
    child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    baseUrl,
    output: () => stdout,
    setupUrl: () => stdout.match(/https?:\/\/\S+\/setup\?token=[\w-]+/)?.[0] ?? null,
    async stop() {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the server says it is listening; rejects if it exits first or takes too long. */
function waitForStart(child: ChildProcess, stdout: () => string, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`The server did not start within 45 s:\n${stderr()}`)),
      45_000,
    );
    const onData = () => {
      if (stdout().includes(" is running at ")) done();
    };
    const onExit = (code: number | null) =>
      done(new Error(`The server exited (${code}) before listening:\n${stderr()}`));
    const done = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    onData();
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
