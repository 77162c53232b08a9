// `npm run test:anytime [-- 05:30 22:30 ...]`: `npm test` with the browser suites on, once per time of
// day given (default 05:30 and 22:30 UTC, tomorrow), each under Debian's faketime, one after another.
// Proves no test depends on the hour. TZ=America/St_Johns (or any zone) runs them in that zone.
// SQLite only: the PostgreSQL and Redis servers keep the real clock, so their suites stay out.
import { spawnSync } from "node:child_process";

const LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
const times = process.argv.slice(2).length ? process.argv.slice(2) : ["05:30", "22:30"];
if (spawnSync("faketime", ["--version"]).error) {
  console.error("faketime is missing: apt-get install -y --no-install-recommends faketime");
  process.exit(2);
}

/** The same moment `times` reads in UTC, tomorrow (so the date changes too). */
function target(time) {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not a time of day (HH:MM): ${time}`);
  const day = new Date(Date.now() + 86_400_000);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), +match[1], +match[2]);
}

/**
 * An offset, not a start time ("@…", which every new process would start again from): every process
 * (vitest, each server, Chromium) reads the same shifted clock, and it keeps moving. The offset is
 * always forward (the target is tomorrow): the monotonic clock moves with it and timers run as usual
 * (FAKETIME_DONT_FAKE_MONOTONIC=1 would hang Chromium).
 */
function fakedEnv(at) {
  const env = { ...process.env, PARLEY_E2E: "1" };
  delete env.DATABASE_URL_TEST;
  delete env.REDIS_URL_TEST;
  const offset = Math.round((at - Date.now()) / 1000);
  return {
    ...env,
    LD_PRELOAD: [LIBFAKETIME, env.LD_PRELOAD].filter(Boolean).join(":"),
    FAKETIME: `+${offset}`,
  };
}

/** Node and Chromium both see the faked time, and a 300 ms timer still takes about 300 ms. */
const PROBE = `
import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
const page = await browser.newPage();
const seen = await page.evaluate(async () => {
  const start = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { now: start, timer: Date.now() - start };
});
await browser.close();
console.log(JSON.stringify({ node: Date.now(), chromium: seen.now, timer: seen.timer }));
`;

function check(env, at) {
  const probe = spawnSync("node", ["--input-type=module", "-e", PROBE], { env, encoding: "utf8" });
  const seen = probe.status === 0 ? JSON.parse(probe.stdout.trim().split("\n").at(-1)) : null;
  const near = (ms) => Math.abs(ms - at) < 120_000;
  if (!seen || !near(seen.node) || !near(seen.chromium) || seen.timer < 250 || seen.timer > 5_000) {
    console.error(`faketime is not in effect as expected: ${probe.stdout}${probe.stderr}`);
    process.exit(2);
  }
  console.log(
    `node reads ${new Date(seen.node).toISOString()}, Chromium ${new Date(seen.chromium).toISOString()}; a 300 ms timer took ${seen.timer} ms`,
  );
}

const failed = [];
for (const time of times) {
  const at = target(time);
  const env = fakedEnv(at);
  console.log(
    `\n##### npm test at ${new Date(at).toISOString()} (TZ=${process.env.TZ ?? "the machine's"}) #####`,
  );
  check(env, at);
  const run = spawnSync("node", ["scripts/test.mjs"], { stdio: "inherit", env });
  if (run.status !== 0) failed.push(time);
}
console.log(
  failed.length ? `\nFailed at ${failed.join(", ")} UTC.` : `\nGreen at ${times.join(" and ")} UTC.`,
);
process.exit(failed.length ? 1 : 0);
