import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths";

const WEB_DIR = path.join(REPO_ROOT, "apps/web");
const BUILT_INDEX = path.join(WEB_DIR, "dist/index.html");
/** What the build reads: when any of it is newer than dist, dist is stale. */
const SOURCES = [
  path.join(WEB_DIR, "src"),
  path.join(WEB_DIR, "index.html"),
  path.join(WEB_DIR, "vite.config.ts"),
  path.join(WEB_DIR, "package.json"),
  path.join(REPO_ROOT, "packages/protocol/src"),
  path.join(REPO_ROOT, "packages/flow/src"),
];
const LOCK_DIR = path.join(
  os.tmpdir(),
  `parley-web-build-${Buffer.from(REPO_ROOT).toString("hex").slice(-16)}.lock`,
);
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Builds apps/web when dist is missing or older than its sources. Test files run in parallel, so a
 * lock directory makes the others wait for one build instead of racing it. Call it before starting
 * a server: the server lists dist's files when it starts.
 */
export async function ensureWebBuild(): Promise<void> {
  if (isFresh()) return;
  await withLock(() => {
    if (isFresh()) return;
    const result = spawnSync("npm", ["run", "build", "-w", "@parley/web"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    if (result.status !== 0) {
      // Vite writes index.html before a later step can fail: without this the next run would take the
      // half-built dist for a fresh one.
      fs.rmSync(BUILT_INDEX, { force: true });
      throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
    }
  });
}

function isFresh(): boolean {
  if (!fs.existsSync(BUILT_INDEX)) return false;
  const builtAt = fs.statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.every((source) => newestMtime(source) <= builtAt);
}

function newestMtime(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

async function withLock(build: () => void): Promise<void> {
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (fs.statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited too long for another web build (lock ${LOCK_DIR})`);
      // Another test file is building; its build ends by removing the lock.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    build();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
