import { type ChildProcess, spawn } from "node:child_process";
import { ApiClient } from "../apps/server/src/testing/apiClient";
import { createTestDatabase, type TestDatabase } from "../apps/server/src/testing/testDatabases";
import { ADMIN } from "../apps/server/src/testing/testServer";
import { quickSite, type TestSite } from "../apps/server/src/testing/visitorClient";

export interface BenchServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs a script in its own process (as in production), listening on a loopback port, so the load
 * generator does not share its event loop; resolves once `readyPath` answers.
 */
export async function spawnServer(
  script: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<BenchServer> {
  const port = 3900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) return { url, child, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await stop();
  throw new Error(`${script} did not start`);
}

/**
 * A Parley node on the given database, with the benchmark's admin; `env` adds settings (limits),
 * `script` starts another build of the node (a bench's baseline: another entry point, or another
 * checkout's, see baselineTree).
 */
export function startParley(
  db: TestDatabase,
  env: Record<string, string> = {},
  script = "apps/server/src/main.ts",
): Promise<BenchServer> {
  return spawnServer(
    script,
    {
      PARLEY_ADMIN_EMAIL: ADMIN.email,
      PARLEY_ADMIN_PASSWORD: ADMIN.password,
      DATABASE_URL: db.config.kind === "postgres" ? db.config.url : `sqlite:${db.config.file}`,
      ...env,
    },
    "/healthz",
  );
}

export interface BenchSite {
  db: TestDatabase;
  server: BenchServer;
  admin: ApiClient;
  site: TestSite;
}

/**
 * A fresh database of `kind`, a Parley node on it (with `env` added to its settings), the admin
 * signed in and a site; all gone after `run`.
 */
export async function withParleySite<T>(
  kind: "sqlite" | "postgres",
  run: (bench: BenchSite) => Promise<T>,
  env: Record<string, string> = {},
  script?: string,
): Promise<T> {
  const db = await createTestDatabase(kind);
  const server = await startParley(db, env, script);
  try {
    const admin = new ApiClient(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    return await run({ db, server, admin, site: await quickSite(admin) });
  } finally {
    await server.stop();
    await db.drop();
  }
}
