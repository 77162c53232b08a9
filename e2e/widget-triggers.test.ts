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

  /** The widget's stored trigger counters (localStorage). */
  const counters = (page: Page) =>
    page.evaluate(
      (key) => JSON.parse(localStorage.getItem(`parley:${key}:k`) ?? "{}"),
      site.siteKey,
    ) as Promise<{
      s?: number;
      p?: number;
      y?: number;
      m?: Record<string, 1>;
    }>;

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
      // The loader recorded the scroll and decided: not far enough (no dialogue marked as met).
      await expect.poll(async () => (await counters(page)).y ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
      expect((await counters(page)).y).toBeLessThan(50);
      expect((await counters(page)).m).toEqual({});
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
      // Each move is handled by the page before mouse.move resolves; exit intent would mark the
      // dialogue as met at once (in the stored counters).
      await page.mouse.move(600, 400);
      await page.mouse.move(600, 200);
      expect((await counters(page)).m).toEqual({});
      expect(await pokeShown(page)).toBe(false);
      // The pointer leaves the page towards the tabs (mouseout to nowhere, at the top edge).
      await page.evaluate(() =>
        document.documentElement.dispatchEvent(
          new MouseEvent("mouseout", { bubbles: true, clientX: 600, clientY: -2, relatedTarget: null }),
        ),
      );
      await widget(page).locator(".poke").waitFor({ timeout: 10_000 });
      // Met once, it fires on the next page view without another exit.
      await page.reload();
      await widget(page).locator(".poke").waitFor({ timeout: 15_000 });
    },
  );

  // The seconds are counted on the page's clock, stopped here (page.clock) and moved by the test:
  // exact counts, however fast or slow the machine.
  test("seconds on site add up across pages", { timeout: 60_000 }, async ({ onTestFailed }) => {
    const { page } = await newVisitor(suite, onTestFailed, "widget-trigger-site");
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.goto(`${suite.pages.url}/first`);
    await widget(page).locator("button.l").waitFor({ state: "attached" });
    await page.clock.runFor(6_000);
    expect(await counters(page)).toMatchObject({ s: 6, m: {} });
    await page.goto(`${suite.pages.url}/second`);
    await widget(page).locator("button.l").waitFor({ state: "attached" });
    // 8 s on the site in all, 6 of them already on /first: 2 more here, not 8.
    await page.clock.runFor(1_000);
    expect(await counters(page)).toMatchObject({ s: 7, p: 1, m: {} });
    expect(await pokeShown(page)).toBe(false);
    await page.clock.runFor(1_000);
    expect(await counters(page)).toMatchObject({ s: 8, p: 2 });
    expect(Object.keys((await counters(page)).m ?? {})).toHaveLength(1);
    await page.clock.resume();
    await widget(page).locator(".poke").waitFor({ timeout: 15_000 });
  });

  test(
    "seconds on page: a reload does not start the count again",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const { page } = await newVisitor(suite, onTestFailed, "widget-trigger-reload");
      await page.clock.install();
      await page.clock.pauseAt(Date.now() + 60_000);
      await page.goto(`${suite.pages.url}/stay`);
      await widget(page).locator("button.l").waitFor({ state: "attached" });
      await page.clock.runFor(5_000);
      expect(await counters(page)).toMatchObject({ p: 5, m: {} });
      await page.reload();
      await widget(page).locator("button.l").waitFor({ state: "attached" });
      // 8 s on this page in all, 5 of them before the reload.
      await page.clock.runFor(2_000);
      expect(await counters(page)).toMatchObject({ p: 7, m: {} });
      expect(await pokeShown(page)).toBe(false);
      await page.clock.runFor(1_000);
      expect(await counters(page)).toMatchObject({ p: 8 });
      expect(Object.keys((await counters(page)).m ?? {})).toHaveLength(1);
      await page.clock.resume();
      await widget(page).locator(".poke").waitFor({ timeout: 15_000 });
    },
  );
});
