// `npm test`: type-check, lint, run every test suite the machine can run, then say what was skipped and why.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const env = process.env;
const skipped = [];
if (!env.DATABASE_URL_TEST) {
  skipped.push(
    "PostgreSQL runs of the store suites skipped: DATABASE_URL_TEST not set (e.g. postgres://postgres@127.0.0.1:5432/test)",
  );
}
if (!env.REDIS_URL_TEST)
  skipped.push("Redis bus suites skipped: REDIS_URL_TEST not set (e.g. redis://127.0.0.1:6379)");
if (!env.DATABASE_URL_TEST || !env.REDIS_URL_TEST) {
  skipped.push("Two-node suites skipped: need both DATABASE_URL_TEST and REDIS_URL_TEST");
} else if (env.PARLEY_E2E !== "1") {
  skipped.push("Two-node browser failover suite skipped: also needs PARLEY_E2E=1");
}
if (env.PARLEY_E2E !== "1")
  skipped.push("Browser (Chromium) suites skipped: PARLEY_E2E=1 not set (needs /usr/bin/chromium)");
else if (!existsSync("/usr/bin/chromium"))
  skipped.push("Browser suites will fail: /usr/bin/chromium is missing (apt-get install chromium)");

if (!existsSync("/usr/bin/radicale"))
  skipped.push("CalDAV suites skipped: /usr/bin/radicale is missing (apt-get install radicale)");

function step(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n${name} failed.`);
    printSkipped();
    process.exit(result.status ?? 1);
  }
}

function printSkipped() {
  console.log("\n=== Skipped ===");
  if (skipped.length === 0) console.log("Nothing skipped: every suite ran.");
  for (const line of skipped) console.log(`- ${line}`);
}

step("Type check", "node", ["scripts/typecheck.mjs"]);
step("Lint", "npx", ["--no-install", "eslint", "."]);
step("Format", "npx", ["--no-install", "prettier", "--check", "."]);

mkdirSync(".test-artifacts", { recursive: true });
console.log("\n=== Tests ===");
const run = spawnSync(
  "npx",
  [
    "--no-install",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile.json=.test-artifacts/vitest.json",
  ],
  { stdio: "inherit", env },
);

printSkipped();
let summary = null;
try {
  summary = JSON.parse(readFileSync(".test-artifacts/vitest.json", "utf8"));
} catch (error) {
  console.error(`No test report was written (${error.message}).`);
}
if (summary) {
  const skippedTests = summary.numPendingTests + summary.numTodoTests;
  console.log(
    `\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skippedTests} skipped`,
  );
}
process.exit(run.status ?? 1);
