import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, type onTestFailed } from "vitest";
import { ensureWebBuild } from "./ensureWebBuild";
import { launchBrowser, saveScreenshot } from "./launchBrowser";
import { type Site, WidgetAdmin } from "./widgetApi";
import { ensureWidgetBuild } from "./widgetBuild";
import { startWidgetServer, type WidgetServer } from "./widgetServer";

/** The instant the server's and the browsers' clocks stand at: every time shown is this one. */
export const FROZEN_AT = "2026-03-02T10:00:00.000Z";
/** How the app writes FROZEN_AT in en-US, UTC (formatDate: medium date, short time). */
export const FROZEN_AT_SHOWN = "Mar 2, 2026, 10:00 AM";

export interface PeopleSuite {
  server: WidgetServer;
  browser: Browser;
  admin: WidgetAdmin;
  /** The demo site: /demo runs its sample dialogue. */
  site: Site;
  /** A Marketing admin (may edit people and fields, and read transcripts). */
  marketer: { email: string; password: string; name: string };
}

/**
 * Per test file of the People screens: the built app and widget, a server whose clock stands at
 * FROZEN_AT, Chromium, the admin's REST session and a marketer to sign in as.
 */
export function peopleSuite(): PeopleSuite {
  const suite = {} as PeopleSuite;
  beforeAll(async () => {
    await ensureWebBuild();
    await ensureWidgetBuild();
    suite.server = await startWidgetServer({ frozenClock: FROZEN_AT });
    suite.browser = await launchBrowser();
    suite.admin = await WidgetAdmin.signIn(suite.server.baseUrl);
    suite.site = await suite.admin.demoSite();
    const roles = await suite.admin.request<{ id: string; name: string }[]>("GET", "/api/roles");
    const role = roles.find((r) => r.name === "Marketing admin");
    if (!role) throw new Error("no Marketing admin role");
    suite.marketer = { name: "Mara Marketer", email: "mara@example.com", password: "marketing-pass-1" };
    await suite.admin.request("POST", "/api/users", { ...suite.marketer, roleId: role.id, siteIds: null });
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.dispose();
  });
  return suite;
}

/**
 * A fresh browser context (en-US, UTC, its clock fixed at FROZEN_AT while timers run) whose pages are
 * screenshotted if the test fails.
 */
export async function openContext(
  suite: PeopleSuite,
  failed: typeof onTestFailed,
  name: string,
  options: BrowserContextOptions = {},
) {
  const context = await suite.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    timezoneId: "UTC",
    ...options,
  });
  const errors: string[] = [];
  failed(async () => {
    for (const p of context.pages())
      console.error(`Screenshot of the failure: ${await saveScreenshot(p, name)}`);
    if (errors.length) console.error(`Page errors:\n${errors.join("\n")}`);
  });
  const newPage = async (): Promise<Page> => {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(FROZEN_AT));
    page.on("pageerror", (error) => errors.push(error.message));
    return page;
  };
  return { context, newPage, errors };
}

/** The marketer, signed in through the sign-in page, on the People list (opened from the navigation). */
export async function marketerOnPeople(suite: PeopleSuite, page: Page): Promise<void> {
  await page.goto(`${suite.server.baseUrl}/app/sign-in`);
  await page.getByLabel("Email").fill(suite.marketer.email);
  await page.getByLabel("Password").fill(suite.marketer.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // On a phone the navigation sits behind the Menu button.
  const menu = page.getByRole("button", { name: "Menu", exact: true });
  const nav = page.getByRole("navigation", { name: "Main" });
  await Promise.race([menu.waitFor(), nav.waitFor()]);
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole("link", { name: "People", exact: true }).click();
  await page.getByRole("heading", { name: "People", level: 1 }).waitFor();
}

/** Creates a person through the API (unique emails per test: the suite's people share one site). */
export function createPerson(suite: PeopleSuite, body: Record<string, unknown>) {
  return suite.admin.request<{ id: string; email: string | null }>(
    "POST",
    `/api/sites/${suite.site.id}/people`,
    body,
  );
}
