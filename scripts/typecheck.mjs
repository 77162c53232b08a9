// Type-checks every workspace (tsc --noEmit -p <workspace>); exits non-zero on the first failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const { workspaces } = JSON.parse(readFileSync("package.json", "utf8"));
let failed = false;
// bench/ is no workspace (nothing depends on it) but is type-checked all the same.
for (const dir of [...workspaces, "bench"]) {
  if (!existsSync(`${dir}/tsconfig.json`)) continue;
  const started = Date.now();
  const result = spawnSync("npx", ["--no-install", "tsc", "--noEmit", "-p", dir], { stdio: "inherit" });
  console.log(`typecheck ${dir}: ${result.status === 0 ? "ok" : "FAILED"} (${Date.now() - started} ms)`);
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
