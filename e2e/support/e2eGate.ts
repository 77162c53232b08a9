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
