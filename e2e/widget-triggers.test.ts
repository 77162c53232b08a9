import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import type { Site } from "./support/widgetApi";
import { testPageHtml, widget } from "./support/widgetPage";
import { newsletterFlowStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

const LONG = `<div style="height: 4000px; background: linear-gradient(#fff, #eef)">Long page</div>`;

/** The dialogue has started when its poke (the first bot message) shows. */
const pokeShown = (page: Page) => widget(page).locator(".poke").isVisible();

describe.skipIf(!E2E_ENABLED)(`Widget triggers on the client (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();
  let site: Site;

  beforeAll(async () => {
    site = await suite.admin.createSite();
    const dialogue = (path: string, trigger: object) =>
      suite.admin.publish(site.id, newsletterFlowStream, {
        name: `On ${path}`,
        targeting: { include: [path], exclude: [], audience: null, trigger },
      });
    await dialogue("/long", { kind: "scroll", percent: 50 });
    await dialogue("/leaving", { kind: "exit_intent" });
    await dialogue("/second", { kind: "seconds_on_site", seconds: 8 });
    await dialogue("/stay", { kind: "seconds_on_page", seconds: 8 });
    for (const path of ["/long", "/leaving", "/first", "/second", "/stay"])
      suite.pages.page(path, () =>
        testPageHtml(suite.server.baseUrl, site.siteKey, path === "/long" ? LONG : ""),
      );
  }, 60_000);

  test(
    "scroll %: fires once the visitor scrolled past it, not before",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-trigger-scroll");
      await page.goto(`${suite.pages.url}/long`);
      await widget(page).locator("button.l").waitFor();
      await page.mouse.wheel(0, 1000);
      await page.waitForTimeout(1500);
      expect(await pokeShown(page)).toBe(false);
      await page.mouse.wheel(0, 1500);
      await widget(page).locator(".poke").waitFor({ timeout: 10_000 });
    },
  );

  test(
    "exit intent: fires when the pointer leaves through the top; on the next page view it is there at once",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-trigger-exit");
      await page.goto(`${suite.pages.url}/leaving`);
      await widget(page).locator("button.l").waitFor();
      await page.mouse.move(600, 400);
      await page.mouse.move(600, 200);
      await page.waitForTimeout(1000);
      expect(await pokeShown(page)).toBe(false);
      // The pointer leaves the page towards the tabs (mouseout to nowhere, at the top edge).
      await page.evaluate(() =>
        document.documentElement.dispatchEvent(
          new MouseEvent("mouseout", { bubbles: true, clientX: 600, clientY: -2, relatedTarget: null }),
        ),
      );
      await widget(page).locator(".poke").waitFor({ timeout: 10_000 });
      await page.reload();
      await widget(page).locator(".poke").waitFor({ timeout: 3_000 });
    },
  );

  /** The widget's stored trigger counters (localStorage). */
  const counters = (page: Page) =>
    page.evaluate(
      (key) => JSON.parse(localStorage.getItem(`parley:${key}:k`) ?? "{}"),
      site.siteKey,
    ) as Promise<{
      s?: number;
      p?: number;
    }>;

  test("seconds on site add up across pages", { timeout: 60_000 }, async ({ onTestFailed }) => {
    const { page } = await newVisitor(suite, onTestFailed, "widget-trigger-site");
    await page.goto(`${suite.pages.url}/first`);
    await expect
      .poll(async () => (await counters(page)).s ?? 0, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(6);
    await page.goto(`${suite.pages.url}/second`);
    const arrived = Date.now();
    await widget(page).locator(".poke").waitFor({ timeout: 15_000 });
    // 8 s on the site in all, 6 of them already on /first: far sooner than 8 s.
    expect(Date.now() - arrived).toBeLessThan(6000);
  });

  test(
    "seconds on page: a reload does not start the count again",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-trigger-reload");
      await page.goto(`${suite.pages.url}/stay`);
      await expect
        .poll(async () => (await counters(page)).p ?? 0, { timeout: 20_000 })
        .toBeGreaterThanOrEqual(5);
      expect(await pokeShown(page)).toBe(false);
      await page.reload();
      const reloaded = Date.now();
      await widget(page).locator(".poke").waitFor({ timeout: 15_000 });
      // 8 s on this page in all, 5 of them before the reload.
      expect(Date.now() - reloaded).toBeLessThan(6500);
    },
  );
});
