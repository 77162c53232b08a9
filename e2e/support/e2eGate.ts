import fs from "node:fs";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Browser tests run only when asked: they build the web app, start servers and drive Chromium. */
export const E2E_ENABLED = process.env.PARLEY_E2E === "1";

/** Appended to a suite's name so the skip says why in the test report. */
export const E2E_SKIP_NOTE = E2E_ENABLED
  ? ""
  : " (skipped: set PARLEY_E2E=1 to run browser tests; they need Debian's chromium at /usr/bin/chromium)";

/** Fails loudly rather than skipping when the tests were asked for but cannot run. */
export function assertChromiumInstalled(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `PARLEY_E2E=1 but ${CHROMIUM_PATH} is missing: run apt-get install -y --no-install-recommends chromium`,
    );
  }
}

const SCALE_OUT_NEEDS = [
  ["PARLEY_E2E=1", E2E_ENABLED],
  ["DATABASE_URL_TEST (e.g. postgres://postgres@127.0.0.1:5432/test)", !!process.env.DATABASE_URL_TEST],
  ["REDIS_URL_TEST (e.g. redis://127.0.0.1:6379)", !!process.env.REDIS_URL_TEST],
] as const;

/** The two-node browser suite also needs PostgreSQL and Redis for the nodes to share. */
export const SCALE_OUT_ENABLED = SCALE_OUT_NEEDS.every(([, set]) => set);

/** Appended to the two-node suite's name: which variables are missing, as scripts/test.mjs reports skips. */
export const SCALE_OUT_SKIP_NOTE = SCALE_OUT_ENABLED
  ? ""
  : ` (skipped: two-node browser suite needs ${SCALE_OUT_NEEDS.filter(([, set]) => !set)
      .map(([name]) => name)
      .join(", ")})`;
