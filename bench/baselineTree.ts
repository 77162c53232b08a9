import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BaselineTree {
  /** The revision as given, and the directory holding its server. */
  rev: string;
  root: string;
  remove(): void;
}

/**
 * The server of another revision (`git archive` of apps/server and packages into a temporary
 * directory, sharing this checkout's node_modules), so a benchmark measures the code before a change
 * beside the code after it in one run, under the same load. Workspace packages resolve through
 * node_modules to this checkout's packages/.
 */
export function baselineTree(rev: string): BaselineTree {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "parley-baseline-"));
  const archive = execFileSync(
    "git",
    ["archive", "--format=tar", rev, "apps/server", "packages", "tsconfig.base.json"],
    {
      maxBuffer: 256 * 2 ** 20,
    },
  );
  execFileSync("tar", ["-x", "-C", root], { input: archive });
  fs.symlinkSync(path.resolve("node_modules"), path.join(root, "node_modules"));
  return { rev, root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** The text after `--name` on the command line, or null. */
export function textArg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}
