import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { E2E_ENABLED, E2E_SKIP_NOTE } from "./support/e2eGate";
import { allowHidingTab, recordedSounds, recordSounds, setTabHidden } from "./support/pageProbes";
import type { Site } from "./support/widgetApi";
import { chatWindow, launcher, testPageHtml, widget } from "./support/widgetPage";
import { emailStream, newsletterFlowStream } from "./support/widgetStreams";
import { newVisitor, widgetSuite } from "./support/widgetSuite";

/** The chime (apps/widget/src/app/ui/sound.ts): two notes, both audible. */
const CHIME = [
  { frequency: 880, running: true },
  { frequency: 1320, running: true },
];

const AVATAR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#d81b60"/></svg>';

/** The image an avatar shows, as the visitor's browser loaded it (null: no image). */
const shownImage = (avatar: Locator) =>
  avatar.evaluate((el) => {
    const img = el.querySelector("img");
    if (!img) return null;
    const box = img.getBoundingClientRect();
    return {
      src: img.src,
      loaded: img.complete && img.naturalWidth > 0,
      width: box.width,
      height: box.height,
    };
  });

describe.skipIf(!E2E_ENABLED)(
  `Widget branding: bot avatar and new-message sound (browser)${E2E_SKIP_NOTE}`,
  () => {
    const suite = widgetSuite();

    test(
      "a bot avatar URL: the poke and the chat header show that image instead of the initial",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const avatarUrl = `${suite.pages.url}/avatar-${Date.now()}.svg`;
        suite.pages.asset(new URL(avatarUrl).pathname, "image/svg+xml", AVATAR_SVG);
        const site = await suite.admin.createSite({ branding: { botName: "Ada", botAvatarUrl: avatarUrl } });
        await suite.admin.publish(site.id, emailStream);
        suite.pages.page("/avatar", () => testPageHtml(suite.server.baseUrl, site.siteKey));
        const { page } = await newVisitor(suite, onTestFailed, "widget-avatar");
        await page.goto(`${suite.pages.url}/avatar`);

        const pokeAvatar = widget(page).locator(".poke .av");
        await pokeAvatar.waitFor();
        await expect.poll(() => shownImage(pokeAvatar)).toMatchObject({ src: avatarUrl, loaded: true });

        await launcher(page).click();
        const dialog = chatWindow(page);
        await dialog.waitFor();
        expect(await dialog.getByRole("heading").innerText()).toBe("Ada");
        const headerAvatar = dialog.locator("header .av");
        await expect.poll(() => shownImage(headerAvatar)).toMatchObject({ src: avatarUrl, loaded: true });
        const shown = await shownImage(headerAvatar);
        expect(shown?.width).toBeGreaterThan(0);
        expect(shown?.height).toBeGreaterThan(0);
        expect((await headerAvatar.innerText()).trim()).toBe("");
      },
    );

    test(
      "no bot avatar: the chat header shows the bot name's initial",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const site = await suite.admin.createSite({ branding: { botName: "zoë" } });
        await suite.admin.publish(site.id, emailStream);
        suite.pages.page("/initial", () => testPageHtml(suite.server.baseUrl, site.siteKey));
        const { page } = await newVisitor(suite, onTestFailed, "widget-avatar-initial");
        await page.goto(`${suite.pages.url}/initial`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        const headerAvatar = chatWindow(page).locator("header .av");
        await headerAvatar.waitFor();
        expect(await shownImage(headerAvatar)).toBeNull();
        expect(await headerAvatar.innerText()).toBe("Z");
      },
    );

    test(
      "an avatar URL that does not load: the initial instead of a broken image",
      { timeout: 90_000 },
      async ({ onTestFailed }) => {
        const missing = `${suite.pages.url}/no-such-avatar-${Date.now()}.png`;
        const site = await suite.admin.createSite({ branding: { botName: "Max", botAvatarUrl: missing } });
        await suite.admin.publish(site.id, emailStream);
        suite.pages.page("/broken-avatar", () => testPageHtml(suite.server.baseUrl, site.siteKey));
        const { page } = await newVisitor(suite, onTestFailed, "widget-avatar-broken");
        await page.goto(`${suite.pages.url}/broken-avatar`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        const headerAvatar = chatWindow(page).locator("header .av");
        await expect.poll(() => headerAvatar.innerText()).toBe("M");
        expect(await shownImage(headerAvatar)).toBeNull();
      },
    );

    describe("new-message sound", () => {
      /** A site with the given sound setting (set as an admin does, PATCH), a 2 s response delay and the email dialogue. */
      const siteWithSounds = async (sounds: boolean, name: string): Promise<Site> => {
        const site = await suite.admin.createSite({ branding: { responseDelaySeconds: 2 } });
        await suite.admin.request("PATCH", `/api/sites/${site.id}`, { branding: { sounds } });
        await suite.admin.publish(site.id, emailStream);
        suite.pages.page(`/${name}`, () => testPageHtml(suite.server.baseUrl, site.siteKey));
        return site;
      };

      /** Opens the chat (the gesture that lets a page play sound) at the first question. */
      const openChat = async (page: Page, name: string) => {
        await page.goto(`${suite.pages.url}/${name}`);
        await widget(page).locator(".poke").waitFor();
        await launcher(page).click();
        const dialog = chatWindow(page);
        await dialog.getByRole("button", { name: "Pricing" }).waitFor();
        return dialog;
      };

      /** Answers the email question and closes the chat at once: "Thanks!" comes 2 s later, unread. */
      const answerThenClose = async (page: Page, dialog: Locator) => {
        const input = dialog.getByLabel("Your answer").filter({ visible: true });
        await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
        await input.fill(`sound.${Date.now()}@example.com`);
        await input.press("Enter");
        await dialog.getByRole("button", { name: "Close chat" }).click();
        await expect
          .poll(() => launcher(page).getAttribute("aria-label"), { timeout: 15_000 })
          .toBe("Open chat, 1 unread message");
      };

      test(
        "sounds on: no chime while the visitor watches the chat; a chime when the bot answers after they closed it",
        { timeout: 90_000 },
        async ({ onTestFailed }) => {
          await siteWithSounds(true, "sound-closed");
          const { context, page } = await newVisitor(suite, onTestFailed, "widget-sound-closed");
          await recordSounds(context);
          const dialog = await openChat(page, "sound-closed");

          await dialog.getByRole("button", { name: "Pricing" }).click();
          await dialog.getByText("Your email?").waitFor();
          const watching = await recordedSounds(page);
          expect(watching.unlocked).toBeGreaterThan(0);
          expect(watching.notes).toEqual([]);

          await answerThenClose(page, dialog);
          expect((await recordedSounds(page)).notes).toEqual(CHIME);
        },
      );

      test(
        "sounds on: a bot message that arrives while the tab is hidden chimes, even with the chat open",
        { timeout: 90_000 },
        async ({ onTestFailed }) => {
          await siteWithSounds(true, "sound-hidden");
          const { context, page } = await newVisitor(suite, onTestFailed, "widget-sound-hidden");
          await recordSounds(context);
          await allowHidingTab(context);
          const dialog = await openChat(page, "sound-hidden");

          await dialog.getByRole("button", { name: "Pricing" }).click();
          await setTabHidden(page, true);
          await dialog.getByText("Your email?").waitFor();
          expect(await dialog.isVisible()).toBe(true);
          expect((await recordedSounds(page)).notes).toEqual(CHIME);

          // Back on the tab, the visitor reads along: the next message is silent again.
          await setTabHidden(page, false);
          const input = dialog.getByLabel("Your answer").filter({ visible: true });
          await expect.poll(() => input.isEnabled(), { timeout: 10_000 }).toBe(true);
          await input.fill(`hidden.${Date.now()}@example.com`);
          await input.press("Enter");
          await dialog.getByText("Thanks!").waitFor();
          expect((await recordedSounds(page)).notes).toEqual(CHIME);
        },
      );

      test(
        "sounds on after a reload: the window comes back open, the visitor answers in it, closes it, and the reply chimes",
        { timeout: 90_000 },
        async ({ onTestFailed }) => {
          await siteWithSounds(true, "sound-reload");
          const { context, page } = await newVisitor(suite, onTestFailed, "widget-sound-reload");
          await recordSounds(context);
          await openChat(page, "sound-reload");
          // The new page restores the open window by itself: no click on the launcher this time.
          await page.reload();
          const dialog = chatWindow(page);
          await dialog.getByRole("button", { name: "Pricing" }).click();
          await dialog.getByText("Your email?").waitFor();
          expect((await recordedSounds(page)).notes).toEqual([]);

          await answerThenClose(page, dialog);
          expect((await recordedSounds(page)).notes).toEqual(CHIME);
        },
      );

      test(
        "sounds on: a flow the visitor is answering in a popup does not chime at every reply",
        { timeout: 90_000 },
        async ({ onTestFailed }) => {
          const site = await suite.admin.createSite({ branding: { responseDelaySeconds: 1 } });
          await suite.admin.request("PATCH", `/api/sites/${site.id}`, { branding: { sounds: true } });
          const flow = await suite.admin.publish(site.id, newsletterFlowStream, {
            kind: "flow",
            flowSettings: { delivery: "popup", onPageLoad: false },
          });
          suite.pages.page("/sound-popup", () =>
            testPageHtml(
              suite.server.baseUrl,
              site.siteKey,
              `<a href="/elsewhere" data-parley-flow="${flow}">Get the newsletter</a>`,
            ),
          );
          const { context, page } = await newVisitor(suite, onTestFailed, "widget-sound-popup");
          await recordSounds(context);
          await page.goto(`${suite.pages.url}/sound-popup`);
          await page.waitForFunction(() => !!window.Parley);
          await page.getByRole("link", { name: "Get the newsletter" }).click();
          const popup = widget(page).locator(".ov").getByRole("dialog");
          await popup.getByRole("button", { name: "Weekly digest" }).click();
          await popup.getByText("Thanks, you're subscribed!").waitFor();
          const sounds = await recordedSounds(page);
          expect(sounds.unlocked).toBeGreaterThan(0);
          expect(sounds.notes).toEqual([]);
        },
      );

      test(
        "sounds off: neither a hidden tab nor a closed chat chimes",
        { timeout: 90_000 },
        async ({ onTestFailed }) => {
          await siteWithSounds(false, "sound-off");
          const { context, page } = await newVisitor(suite, onTestFailed, "widget-sound-off");
          await recordSounds(context);
          await allowHidingTab(context);
          const dialog = await openChat(page, "sound-off");

          await dialog.getByRole("button", { name: "Pricing" }).click();
          await setTabHidden(page, true);
          await dialog.getByText("Your email?").waitFor();
          await setTabHidden(page, false);
          await answerThenClose(page, dialog);

          const sounds = await recordedSounds(page);
          // The page could have played (the visitor's click unlocked audio); it chose not to.
          expect(sounds.unlocked).toBeGreaterThan(0);
          expect(sounds.notes).toEqual([]);
        },
      );
    });
  },
);
