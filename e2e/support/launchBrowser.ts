import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { assertChromiumInstalled, CHROMIUM_PATH } from "./e2eGate";
import { ARTIFACTS_DIR } from "./paths";

/** Debian's Chromium, headless, with nothing that phones home (design.md §3). */
export async function launchBrowser(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Saves a full-page screenshot into .test-artifacts/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w-]+/g, "-")}-${Date.now()}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
