import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { afterSentinelRequest, bootstrapSettled, watchBootstrap } from "./support/loaderSettled";
import { chatWindow, launcher, testPageHtml, widget } from "./support/widgetPage";
import { emailStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

const HOSTILE_CSS = `<style>
  * { all: unset !important; }
  html, body, main, h1, p, div, section, header { display: block !important; }
  div, section, span, button, input, p, a, parley-widget { color: red !important; font-size: 30px !important; background: yellow !important;
    border-radius: 0 !important; padding: 0 !important; margin: 0 !important; letter-spacing: 8px !important; }
  button { display: none !important; }
  parley-widget { display: none !important; position: static !important; opacity: 0.1 !important; }
  :host { display: none !important; }
  .l, .win, .qr, .bb { display: none !important; }
</style>`;

const STRONG_CSS = `<style>
  * { font-family: "Comic Sans MS", cursive !important; box-sizing: content-box !important; line-height: 3 !important; }
  button { background: lime !important; border: 6px solid black !important; border-radius: 0 !important; }
  h1 { color: rgb(1, 2, 3); font-size: 40px; }
</style>`;

describe.skipIf(!E2E_ENABLED)(`Widget isolation and install (browser)${E2E_SKIP_NOTE}`, () => {
  const suite = widgetSuite();

  test(
    "host-page CSS (`* { all: unset }`, !important rules, rules aimed at the widget) changes nothing in it",
    { timeout: 90_000 },
    async ({ onTestFailed }) => {
      const site = await suite.admin.createSite({
        branding: { launcherColor: "#0b7a3e", buttonColor: "#0b7a3e" },
      });
      await suite.admin.publish(site.id, emailStream);
      for (const [path, css] of [
        ["/hostile", HOSTILE_CSS],
        ["/strong", STRONG_CSS],
      ] as const)
        suite.pages.page(path, () => testPageHtml(suite.server.baseUrl, site.siteKey, "", css));

      for (const path of ["/hostile", "/strong"]) {
        const { page } = await newVisitor(suite, onTestFailed, `widget-css${path.replace("/", "-")}`);
        await page.goto(suite.pages.url + path);
        await widget(page).locator(".poke").waitFor();
        const button = launcher(page);
        expect(await button.isVisible()).toBe(true);
        const style = await button.evaluate((el) => {
          const s = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            bg: s.backgroundColor,
            radius: s.borderRadius,
            width: box.width,
            right: innerWidth - box.right,
          };
        });
        expect(style).toEqual({ bg: "rgb(11, 122, 62)", radius: "50%", width: 56, right: 20 });

        await button.click();
        const dialog = chatWindow(page);
        await dialog.waitFor();
        const answer = dialog.getByRole("button", { name: "Pricing" });
        const look = await answer.evaluate((el) => {
          const s = getComputedStyle(el);
          return {
            bg: s.backgroundColor,
            color: s.color,
            radius: s.borderTopLeftRadius,
            spacing: s.letterSpacing,
            size: s.fontSize,
          };
        });
        expect(look).toEqual({
          bg: "rgb(255, 255, 255)",
          color: "rgb(11, 122, 62)",
          radius: "20px",
          spacing: "normal",
          size: "14px",
        });
        const box = await dialog.boundingBox();
        expect(box && Math.round(box.width)).toBe(380);
        await answer.click();
        await dialog.getByText("Your email?").waitFor();
      }
    },
  );

  test("the widget's CSS does not leak into the page", { timeout: 60_000 }, async ({ onTestFailed }) => {
    const site = await suite.admin.createSite();
    await suite.admin.publish(site.id, emailStream);
    suite.pages.page("/plain", () =>
      testPageHtml(
        suite.server.baseUrl,
        site.siteKey,
        '<button class="mine">Buy</button><p class="bb">Text</p>',
        STRONG_CSS,
      ),
    );
    const { page } = await newVisitor(suite, onTestFailed, "widget-no-leak");
    const pageStyle = () =>
      page.evaluate(() => {
        const h1 = getComputedStyle(document.querySelector("h1") as Element);
        const button = getComputedStyle(document.querySelector("button.mine") as Element);
        const bb = getComputedStyle(document.querySelector("p.bb") as Element);
        return {
          h1: [h1.color, h1.fontSize],
          button: [button.backgroundColor, button.borderRadius],
          bb: [bb.backgroundColor, bb.borderRadius, bb.maxWidth],
          sheets: document.styleSheets.length,
          adopted: document.adoptedStyleSheets.length,
          bodyChildren: Array.from(document.body.children, (el) => el.tagName.toLowerCase()),
        };
      });
    await page.goto(`${suite.pages.url}/plain`);
    const before = await pageStyle();
    await widget(page).locator(".poke").waitFor();
    await page.evaluate(() => window.Parley?.open());
    await chatWindow(page).waitFor();
    const after = await pageStyle();
    expect(after).toEqual({ ...before, bodyChildren: ["main", "script", "parley-widget"] });
    expect(after.button).toEqual(["rgb(0, 255, 0)", "0px"]);
  });

  test(
    "the loader never blocks the page, and does nothing at all on a domain the site does not allow",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const elsewhere = await suite.admin.createSite({ allowedDomains: ["shop.example.com"] });
      await suite.admin.publish(elsewhere.id, emailStream);
      suite.pages.page("/not-allowed", () => testPageHtml(suite.server.baseUrl, elsewhere.siteKey));
      const { context, page } = await newVisitor(suite, onTestFailed, "widget-not-allowed");
      await watchBootstrap(context);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      // Nothing from Parley in the page's console, not even a CORS complaint about the refusal.
      page.on("console", (message) => /\[parley\]|CORS/.test(message.text()) && errors.push(message.text()));
      // A widget server that has not answered widget.js yet must not hold the page back: the page
      // is ready while the script is still on its way.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let answered = false;
      await context.route(`${suite.server.baseUrl}/widget.js`, async (route) => {
        await held;
        answered = true;
        await route.continue();
      });
      const bootstrap = page.waitForRequest((r) => r.url().includes("/api/widget/bootstrap"));
      await page.goto(`${suite.pages.url}/not-allowed`, { waitUntil: "domcontentloaded" });
      expect(answered).toBe(false);
      release();
      // The server refuses this page (403 domain_not_allowed); the loader stops there, quietly.
      await bootstrap;
      await bootstrapSettled(page);
      await afterSentinelRequest(page);
      expect(await page.locator("parley-widget").count()).toBe(0);
      expect(await page.evaluate(() => typeof window.Parley)).toBe("undefined");
      expect(errors).toEqual([]);
    },
  );

  test(
    "chat switched off for the site: no launcher, nothing loaded",
    { timeout: 60_000 },
    async ({ onTestFailed }) => {
      const site = await suite.admin.createSite({ chatEnabled: false });
      await suite.admin.publish(site.id, emailStream);
      suite.pages.page("/off", () => testPageHtml(suite.server.baseUrl, site.siteKey));
      const { page } = await newVisitor(suite, onTestFailed, "widget-chat-off");
      const loaded: string[] = [];
      page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
      await page.goto(`${suite.pages.url}/off`);
      // The loader keeps the visitor's token from the bootstrap, then sees chat is off and stops.
      await page.waitForFunction((key) => localStorage.getItem(`parley:${key}:t`) !== null, site.siteKey);
      await afterSentinelRequest(page);
      expect(await page.locator("parley-widget").count()).toBe(0);
      expect(loaded.filter((p) => p.startsWith("/widget/"))).toEqual([]);
    },
  );
});
