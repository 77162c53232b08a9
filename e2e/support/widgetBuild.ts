import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./paths";

const WIDGET_DIR = path.join(REPO_ROOT, "apps/widget");
const LOCK_DIR = path.join(
  os.tmpdir(),
  `parley-widget-build-${Buffer.from(REPO_ROOT).toString("hex").slice(-16)}.lock`,
);

function newestMtime(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(file)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(file, entry))), stat.mtimeMs);
}

/** True when dist/widget.js exists and is newer than everything the build reads. */
export function widgetBuildIsFresh(): boolean {
  const built = path.join(WIDGET_DIR, "dist/sizes.json");
  if (!fs.existsSync(built)) return false;
  const builtAt = fs.statSync(built).mtimeMs;
  return [path.join(WIDGET_DIR, "src"), path.join(WIDGET_DIR, "build.mjs")].every(
    (source) => newestMtime(source) <= builtAt,
  );
}

/**
 * Builds the widget (production, minified: what visitors get) when dist is missing or stale. Test
 * files run in parallel: a lock directory makes the others wait for one build.
 */
export async function ensureWidgetBuild(): Promise<void> {
  if (widgetBuildIsFresh()) return;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (widgetBuildIsFresh()) return;
    const result = spawnSync(process.execPath, ["build.mjs"], { cwd: WIDGET_DIR, encoding: "utf8" });
    if (result.status !== 0)
      throw new Error(`Building the widget failed:\n${result.stdout}\n${result.stderr}`);
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}
