import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, type onTestFailed } from "vitest";
import { ensureWebBuild } from "./ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./launchBrowser";
import { type RunningServer, startServer } from "./startServer";
import { WidgetAdmin } from "./widgetApi";
import { ensureWidgetBuild } from "./widgetBuild";
import { ADMIN } from "./widgetServer";

export interface AppSuite {
  /** Parley with the first admin (ADMIN) created, in a fresh data directory. */
  server: RunningServer;
  browser: Browser;
  /** The admin's REST session, for setting up data and checking what the screens did. */
  api: WidgetAdmin;
}

/**
 * Per test file of the web app: the built app (and, with `widget`, the widget for the demo page), a
 * Parley server, Debian's Chromium and the admin's REST session. Everything is stopped after.
 */
export function appSuite(
  options: {
    widget?: boolean;
    /** More environment for the server, read when it starts (e.g. SMTP_URL of a sink started in a beforeAll). */
    env?: () => NodeJS.ProcessEnv;
  } = {},
): AppSuite {
  const suite = {} as AppSuite;
  beforeAll(async () => {
    await ensureWebBuild();
    if (options.widget) await ensureWidgetBuild();
    suite.server = await startServer({ admin: ADMIN, env: options.env?.() });
    suite.browser = await launchBrowser();
    suite.api = await WidgetAdmin.signIn(suite.server.baseUrl);
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/** A fresh browser context (no shared cookies) whose page is screenshotted if the test fails. */
export async function openPage(suite: AppSuite, name: string, failed: typeof onTestFailed): Promise<Page> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  failed(async () => {
    console.error(`Screenshot of the failure (${name}): ${await saveScreenshot(page, name)}`);
  });
  return page;
}
