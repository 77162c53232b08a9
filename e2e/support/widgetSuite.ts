import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, type onTestFailed } from "vitest";
import { launchBrowser, saveScreenshot } from "./launchBrowser";
import { WidgetAdmin } from "./widgetApi";
import { ensureWidgetBuild } from "./widgetBuild";
import { type PageServer, recordEvents, startPageServer } from "./widgetPage";
import { startWidgetServer, type WidgetServer, type WidgetServerOptions } from "./widgetServer";

export interface WidgetSuite {
  server: WidgetServer;
  browser: Browser;
  /** The "customer's website" (another origin). */
  pages: PageServer;
  admin: WidgetAdmin;
}

/**
 * Per test file: the production widget build, a real Parley server (child process, temp data dir, free
 * port), Debian's Chromium and a customer site to embed the widget in. Everything is stopped after.
 */
export function widgetSuite(server: WidgetServerOptions = {}): WidgetSuite {
  const suite = {} as WidgetSuite;
  beforeAll(async () => {
    await ensureWidgetBuild();
    suite.server = await startWidgetServer(server);
    suite.browser = await launchBrowser();
    suite.pages = await startPageServer();
    suite.admin = await WidgetAdmin.signIn(suite.server.baseUrl);
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.pages?.close();
    await suite.server?.dispose();
  });
  return suite;
}

/**
 * A new visitor (fresh browser context) whose page is screenshotted into .test-artifacts/ if the test
 * fails. The widget's API events are recorded from the start (see recordedEvents).
 */
export async function newVisitor(
  suite: Pick<WidgetSuite, "browser">,
  failed: typeof onTestFailed,
  name: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  await recordEvents(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  failed(async () => {
    for (const p of context.pages())
      console.error(`Screenshot of the failure: ${await saveScreenshot(p, name)}`);
    if (errors.length) console.error(`Page errors:\n${errors.join("\n")}`);
  });
  return { context, page };
}
