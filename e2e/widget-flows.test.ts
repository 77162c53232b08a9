import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { loaderSettled } from "./support/loaderSettled";
import { chatWindow, recordedEvents, testPageHtml, transcript, widget } from "./support/widgetPage";
import { newsletterFlowStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

describe.skipIf(!E2E_ENABLED)(
  `Widget: conversational flows without code, and the JS API (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = widgetSuite();

    const setUp = async () => {
      const site = await suite.admin.createSite();
      const flow = (name: string, delivery: string) =>
        suite.admin.publish(site.id, newsletterFlowStream, {
          kind: "flow",
          name,
          flowSettings: { delivery, onPageLoad: false },
        });
      return {
        site,
        popup: await flow("Newsletter popup", "popup"),
        chat: await flow("Newsletter chat", "chat"),
        inline: await flow("Newsletter inline", "inline"),
      };
    };

    test(
      "a data-parley-flow link opens its popup; a data-parley-flow form opens its chat flow and identifies the visitor",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { site, popup, chat } = await setUp();
        suite.pages.page("/links", () =>
          testPageHtml(
            suite.server.baseUrl,
            site.siteKey,
            `<a href="/elsewhere" data-parley-flow="${popup}">Get the newsletter</a>
         <form action="/elsewhere" data-parley-flow="${chat}"><input name="email" value="form@example.com"><button>Subscribe</button></form>`,
          ),
        );
        const { page } = await newVisitor(suite, onTestFailed, "widget-flow-links");
        const loaded: string[] = [];
        page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
        await page.goto(`${suite.pages.url}/links`);
        await loaderSettled(page);
        // Nothing to show yet: no launcher, no app.
        expect(loaded.some((p) => p.startsWith("/widget/app-"))).toBe(false);
        expect(await widget(page).locator("button.l").isVisible()).toBe(false);

        await page.getByRole("link", { name: "Get the newsletter" }).click();
        const popupDialog = widget(page).locator(".ov").getByRole("dialog");
        await popupDialog.getByRole("button", { name: "Weekly digest" }).click();
        await popupDialog.getByText("Thanks, you're subscribed!").waitFor();
        expect(page.url()).toBe(`${suite.pages.url}/links`);
        await page.keyboard.press("Escape");
        await popupDialog.waitFor({ state: "detached" });

        const identify = page.waitForRequest((r) => r.url().endsWith("/api/widget/identify"));
        await page.getByRole("button", { name: "Subscribe" }).click();
        const beacon = JSON.parse((await identify).postData() ?? "{}");
        expect(beacon).toMatchObject({ site: site.siteKey, person: { email: "form@example.com" } });
        await expect.poll(async () => (await suite.admin.people(site.id, "form@example.com")).length).toBe(1);
        const chatDialog = chatWindow(page);
        await chatDialog.getByRole("button", { name: "Monthly roundup" }).click();
        await chatDialog.getByText("Thanks, you're subscribed!").waitFor();
        expect(page.url()).toBe(`${suite.pages.url}/links`);

        const events = await recordedEvents(page);
        expect(events.filter((e) => e.name === "conversation.triggered").map((e) => e.payload)).toMatchObject(
          [
            { type: "flow", id: popup, name: "Newsletter popup", delivery: "popup" },
            { type: "flow", id: chat, name: "Newsletter chat", delivery: "chat" },
          ],
        );
        expect(events.map((e) => e.name)).toContain("conversation.closed");
      },
    );

    test(
      "a data-parley-inline container runs its flow inside the page, in its own shadow root",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { site, inline } = await setUp();
        suite.pages.page("/inline", () =>
          testPageHtml(
            suite.server.baseUrl,
            site.siteKey,
            `<section><h2>Stay in touch</h2><div id="box" data-parley-inline="${inline}"></div></section>`,
          ),
        );
        const { page } = await newVisitor(suite, onTestFailed, "widget-flow-inline");
        await page.goto(`${suite.pages.url}/inline`);
        const box = page.locator("#box parley-inline");
        await box.getByRole("button", { name: "Weekly digest" }).click();
        await box.getByText("Thanks, you're subscribed!").waitFor();
        expect(await transcript(box)).toEqual([
          "Parley: Which newsletter would you like?",
          "You: Weekly digest",
          "Parley: Thanks, you're subscribed!",
        ]);
        const inside = await box.boundingBox();
        const container = await page.locator("#box").boundingBox();
        expect(inside && container && inside.y >= container.y).toBe(true);
      },
    );

    test(
      "a flow set to start on page load opens on the pages it targets, once per visitor",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const site = await suite.admin.createSite();
        await suite.admin.publish(site.id, newsletterFlowStream, {
          kind: "flow",
          name: "Offer popup",
          targeting: { include: ["/offer"] },
          flowSettings: { delivery: "popup", onPageLoad: true },
        });
        for (const path of ["/offer", "/elsewhere"])
          suite.pages.page(path, () => testPageHtml(suite.server.baseUrl, site.siteKey));
        const { page } = await newVisitor(suite, onTestFailed, "widget-flow-on-load");
        const popupDialog = widget(page).locator(".ov").getByRole("dialog");

        const loaded: string[] = [];
        page.on("request", (r) => loaded.push(new URL(r.url()).pathname));
        const appLoaded = () => loaded.some((p) => p.startsWith("/widget/app-"));
        await page.goto(`${suite.pages.url}/elsewhere`);
        await loaderSettled(page);
        expect(appLoaded()).toBe(false);
        expect(await popupDialog.count()).toBe(0);

        await page.goto(`${suite.pages.url}/offer`);
        await popupDialog.getByRole("button", { name: "Weekly digest" }).click();
        await popupDialog.getByText("Thanks, you're subscribed!").waitFor();

        loaded.length = 0;
        await page.reload();
        await loaderSettled(page);
        expect(appLoaded()).toBe(false);
        expect(await popupDialog.count()).toBe(0);
      },
    );

    test(
      "the JS API: startFlow, open/close/toggle, on/off, setLanguage, shutdown",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const { site, popup } = await setUp();
        suite.pages.page("/api", () =>
          testPageHtml(suite.server.baseUrl, site.siteKey, '<div id="here"></div>'),
        );
        const { page } = await newVisitor(suite, onTestFailed, "widget-api");
        await page.goto(`${suite.pages.url}/api`);
        await page.waitForFunction(() => !!window.Parley);
        expect(await page.evaluate(() => Object.keys(window.Parley ?? {}).sort())).toEqual([
          "close",
          "identify",
          "off",
          "on",
          "open",
          "setAttributes",
          "setLanguage",
          "shutdown",
          "startFlow",
          "toggle",
        ]);

        // startFlow into any element, inline.
        await page.evaluate(
          (id) => window.Parley?.startFlow(id, { delivery: "inline", target: "#here" }),
          popup,
        );
        const here = page.locator("#here parley-inline");
        await here.getByRole("button", { name: "Weekly digest" }).waitFor();

        // on/off: a handler removed with off is not called.
        await page.evaluate(() => {
          const calls: string[] = [];
          (window as unknown as { calls: string[] }).calls = calls;
          const first = () => calls.push("first");
          window.Parley?.on("conversation.engaged", first);
          window.Parley?.on("conversation.engaged", () => calls.push("second"));
          window.Parley?.off("conversation.engaged", first);
        });
        await here.getByRole("button", { name: "Weekly digest" }).click();
        await here.getByText("Thanks, you're subscribed!").waitFor();
        expect(await page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual([
          "second",
        ]);

        // setLanguage switches the widget's own texts.
        await page.evaluate(() => window.Parley?.setLanguage("de"));
        await page.evaluate((id) => window.Parley?.startFlow(id, { delivery: "chat" }), popup);
        const dialog = chatWindow(page);
        await dialog.waitFor();
        await dialog.getByRole("button", { name: "Chat schließen" }).waitFor();
        await page.evaluate(() => window.Parley?.toggle());
        await dialog.waitFor({ state: "hidden" });
        await page.evaluate(() => window.Parley?.open());
        await dialog.waitFor();
        await page.evaluate(() => window.Parley?.close());
        await dialog.waitFor({ state: "hidden" });

        // Nonsense never throws into the page.
        const thrown = await page.evaluate(() => {
          try {
            const api = window.Parley as unknown as Record<string, (...args: unknown[]) => void>;
            api.startFlow?.("no-such-flow");
            api.setLanguage?.("xx");
            api.identify?.(null);
            api.on?.("nope", 42);
            return null;
          } catch (error) {
            return String(error);
          }
        });
        expect(thrown).toBeNull();

        await page.evaluate(() => window.Parley?.shutdown());
        expect(await page.locator("parley-widget").count()).toBe(0);
        expect(await page.evaluate(() => typeof window.Parley)).toBe("undefined");
        expect(
          await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("parley:"))),
        ).toEqual([]);
      },
    );
  },
);
